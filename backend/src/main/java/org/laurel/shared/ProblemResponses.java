package org.laurel.shared;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a controller: the OpenAPI document then says that any of its operations may answer
 * with a {@link Problem} (application/problem+json), whose types {@link ProblemType} lists.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
// Ranges rather than "default": micronaut-openapi would take a "default" response for the
// operation's own success response.
@ApiResponse(
        responseCode = "4XX",
        description = "A refusal, as application/problem+json.",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(
        responseCode = "5XX",
        description = "A server error, as application/problem+json (details only in the log).",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public @interface ProblemResponses {}
