package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Duration;
import org.laurel.events.EventHub;
import org.laurel.live.LiveViews.ControlRequest;
import org.laurel.live.LiveViews.HostView;
import org.laurel.live.LiveViews.LiveState;
import org.laurel.live.LiveViews.ScheduleRequest;
import org.laurel.live.LiveViews.TabletView;
import org.laurel.shared.Principals;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/** The live roadshow: schedule and host controls (organizer), tablet (judge), public state and event stream. */
@Tag(name = "Live roadshow")
@org.laurel.shared.ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class LiveController {

    /** One shared timer for every stream's heartbeat, so proxies keep idle connections open. */
    private static final Flux<Event<String>> HEARTBEAT = Flux.interval(Duration.ofSeconds(15))
            .map(i -> Event.of("{}").name("heartbeat"))
            .share();

    private final LiveService live;
    private final EventHub hub;
    private final ExpoSchedules schedules;

    LiveController(LiveService live, EventHub hub, ExpoSchedules schedules) {
        this.live = live;
        this.hub = hub;
        this.schedules = schedules;
    }

    /**
     * {@code slug}: an event's (programs grouped under it) or a program's (with the rest of its
     * event). Each stage's sessions are listed, so a page can follow their event streams.
     */
    @Operation(summary = "An event's public schedule: every stage's pitches, with what is on now and next")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/public/events/{slug}/schedule")
    StageSchedule.Schedule schedule(String slug) {
        return schedules.of(slug);
    }

    @Operation(summary = "Create the live session of a LIVE round, or replace its schedule (order, timings, slots)")
    @Secured("ORGANIZER")
    @Post("/rounds/{roundId}/live")
    HostView schedule(long roundId, @Valid @Body ScheduleRequest request, Authentication auth) {
        return live.schedule(roundId, request, Principals.id(auth));
    }

    @Operation(summary = "The round's live session as the host sees it")
    @Secured("ORGANIZER")
    @Get("/rounds/{roundId}/live")
    HostView ofRound(long roundId, Authentication auth) {
        return live.hostOfRound(roundId, Principals.id(auth));
    }

    @Operation(
            summary =
                    "A host action: START_PITCH, START_QA, OPEN_SCORING, CLOSE_SCORING, REVEAL, NEXT, PAUSE, RESUME, REOPEN_SCORING, SKIP, END")
    @Secured("ORGANIZER")
    @Post("/live/{sessionId}/control")
    HostView control(long sessionId, @Valid @Body ControlRequest request, Authentication auth) {
        return live.control(sessionId, request, Principals.id(auth));
    }

    @Operation(summary = "The host console: public state plus each judge's status for the current pitch")
    @Secured("ORGANIZER")
    @Get("/live/{sessionId}/host")
    HostView host(long sessionId, Authentication auth) {
        return live.host(sessionId, Principals.id(auth));
    }

    @Operation(summary = "A judge's tablet: the pitch now on stage, its materials and my scorecard")
    @Secured("JUDGE")
    @Get("/live/{sessionId}/judge")
    TabletView tablet(long sessionId, Authentication auth) {
        return live.tablet(sessionId, Principals.id(auth));
    }

    @Operation(summary = "The public state the big screen shows")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/live/{sessionId}")
    LiveState state(long sessionId) {
        return live.state(sessionId);
    }

    /**
     * Server-sent events, each with the state after it; the event id is the session's event
     * number. Resume with the Last-Event-ID header (browsers send it when they reconnect) or
     * {@code ?after=} (the {@code lastEventId} of a state just loaded).
     */
    @Operation(summary = "The session's event stream (text/event-stream)")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/live/{sessionId}/events", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<String>> events(
            long sessionId, @Nullable @Header("Last-Event-ID") String lastEventId, @Nullable @QueryValue Long after) {
        live.requireExists(sessionId);
        long from = parse(lastEventId, after);
        Flux<Event<String>> events = hub.stream(LiveService.topic(sessionId), from)
                .map(e -> Event.of(e.payload()).id(String.valueOf(e.seq())));
        // A first heartbeat right away sends the headers (so clients know they are connected) and
        // tells browsers to reconnect within two seconds of a drop.
        Event<String> hello = Event.of("{}").name("heartbeat").retry(Duration.ofSeconds(2));
        return Flux.concat(Flux.just(hello), Flux.merge(events, HEARTBEAT));
    }

    private static long parse(@Nullable String header, @Nullable Long after) {
        if (header != null && !header.isBlank()) {
            try {
                return Math.max(0, Long.parseLong(header.strip()));
            } catch (NumberFormatException ignored) {
                // an id we never issued: start from the query parameter or from now
            }
        }
        return after == null ? -1 : Math.max(0, after);
    }
}
