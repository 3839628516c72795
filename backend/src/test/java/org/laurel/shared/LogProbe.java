package org.laurel.shared;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A test-only endpoint (RequestIdApiTest turns it on) that logs while handling a request, on other threads. */
@Controller("/api/test/log-probe")
@Requires(property = "laurel.test.log-probe", value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
class LogProbe {

    static final Logger LOG = LoggerFactory.getLogger(LogProbe.class);

    @Get("/blocking")
    @ExecuteOn(TaskExecutors.BLOCKING)
    Map<String, String> blocking() {
        LOG.warn("probe on a blocking thread");
        return Map.of("thread", Thread.currentThread().getName());
    }

    @Get("/reactive")
    Mono<Map<String, String>> reactive() {
        return Mono.fromCallable(() -> {
                    LOG.warn("probe on a reactor thread");
                    return Map.of("thread", Thread.currentThread().getName());
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    @Get("/failing")
    @ExecuteOn(TaskExecutors.BLOCKING)
    Map<String, String> failing() {
        throw new IllegalStateException("probe failure");
    }
}
