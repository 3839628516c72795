package org.laurel.shared;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every decimal number in a request is finite. The JSON parser already refuses the bare tokens
 * {@code NaN} and {@code Infinity}, and {@link HostileInputFilter} refuses {@code 1e999}; this
 * closes the last door, the strings {@code "NaN"} and {@code "Infinity"}, which the built-in
 * deserializer turns into numbers no score, weight or threshold can mean. Primary, so it
 * replaces the built-in one for every {@code Double} in every request record.
 */
@Singleton
@Primary
class FiniteNumbers implements Deserializer<Double> {

    static final String NOT_FINITE = "must be a finite number";

    @Override
    public Double deserialize(Decoder decoder, DecoderContext context, Argument<? super Double> type)
            throws IOException {
        double value = decoder.decodeDouble();
        if (!Double.isFinite(value)) {
            throw decoder.createDeserializationException(NOT_FINITE, null);
        }
        return value;
    }

    @Override
    public Double deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Double> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }

    @Override
    public boolean allowNull() {
        return true;
    }

    @Override
    public Double getDefaultValue(DecoderContext context, Argument<? super Double> type) {
        return type.isPrimitive() ? 0.0 : null;
    }
}
