package org.laurel.ops;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * {@code GET /health} on the main port, for load balancers that can only probe the port they route to: the
 * overall status (200 when UP, 503 when DOWN) and nothing else. Components and their details, liveness and
 * readiness are on the management port only (LAUREL_MANAGEMENT_PORT), which no proxy routes.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class PublicHealth {

    private final HealthEndpoint health;

    PublicHealth(HealthEndpoint health) {
        this.health = health;
    }

    @Get("/health")
    Mono<HttpResponse<Map<String, String>>> status() {
        return Mono.from(health.getHealth(null)).map(result -> {
            boolean operational = result.getStatus().getOperational().orElse(true);
            return HttpResponse.status(operational ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("status", result.getStatus().getName()));
        });
    }
}
