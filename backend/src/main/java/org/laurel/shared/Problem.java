package org.laurel.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of every error body (RFC 9457 application/problem+json) as the OpenAPI document
 * shows it. {@link Problems} builds the bodies; this record only describes them, so that the
 * document and the front end's generated types know the members and the catalogued types.
 */
@Serdeable
@Schema(
        name = "Problem",
        additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
        description = "An error (RFC 9457 application/problem+json). `type` is one of ProblemType; a problem may carry "
                + "extension members with the numbers a screen needs.")
public record Problem(
        @Schema(description = "What went wrong, as a stable URI; the list and meaning of each: ProblemType.")
        ProblemType type,

        @Schema(description = "A short, human-readable summary of the type.")
        String title,

        @Schema(description = "The HTTP status code.") int status,

        @Schema(description = "What happened in this case, for people; never parse it.") @Nullable
        String detail,

        @Schema(description = "The path of the request that failed.") @Nullable
        String instance,

        @Schema(description = "For validation problems: each invalid field by the JSON path the client sent.") @Nullable
        List<FieldError> errors,

        @Schema(
                description = "The request's id, as in its X-Request-Id response header and in the server's log "
                        + "lines for it: quote it when reporting an error.")
        @Nullable
        String requestId) {}
