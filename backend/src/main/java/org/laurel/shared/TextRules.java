package org.laurel.shared;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Bean Validation for {@link LocalizedText}: the counterparts of {@code @NotBlank} and {@code @Size(max)}. */
@Factory
public class TextRules {

    /** At least one language has text. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    public @interface RequiredText {
        String message() default "must not be blank";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Neither language is longer than {@code max} characters. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    public @interface TextSize {
        int max();

        String message() default "must be at most {max} characters in each language";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Singleton
    ConstraintValidator<RequiredText, LocalizedText> requiredText() {
        return (value, annotation, context) -> value != null && !value.isEmpty();
    }

    @Singleton
    ConstraintValidator<TextSize, LocalizedText> textSize() {
        return (value, annotation, context) -> value == null
                || value.longestLength() <= annotation.intValue("max").orElse(Integer.MAX_VALUE);
    }
}
