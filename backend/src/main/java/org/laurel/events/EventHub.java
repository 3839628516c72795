package org.laurel.events;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Fans committed events out to this instance's subscribers. A poke ("topic T has news") makes the
 * hub read the topic's events after the last one it delivered and emit them in order, so however
 * pokes arrive (after a local commit, from a NOTIFY, twice, late) each subscriber sees every event
 * exactly once and in sequence.
 */
@Singleton
public class EventHub {

    /** A subscriber may fall this far behind before it is cut off (it reconnects with Last-Event-ID). */
    private static final int MAX_BEHIND = 256;

    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final Provider<EventLog> log;
    private final ApplicationEventPublisher<StreamEventsDelivered> delivered;

    EventHub(Provider<EventLog> log, ApplicationEventPublisher<StreamEventsDelivered> delivered) {
        this.log = log;
        this.delivered = delivered;
    }

    /** How many streams are open on this instance now. */
    public int subscribers() {
        return subscribers.get();
    }

    private static final class Topic {
        final Sinks.Many<StreamEvent> sink = Sinks.many().multicast().directBestEffort();
        long delivered;
    }

    /**
     * The topic's events after {@code afterSeq} (replayed from the log), then live ones as they are
     * committed. The subscriber is attached to the live side under the topic's lock, the same lock
     * {@link #poke} emits under, and notes how far the hub had delivered at that instant: every
     * event up to there comes from the log, every later one from the live side, so nothing falls
     * between the two. Duplicates are dropped by sequence; a gap (which the above should prevent)
     * is filled from the log rather than skipped. A negative {@code afterSeq} means "from now on".
     */
    public Flux<StreamEvent> stream(String topic, long afterSeq) {
        return Flux.defer(() -> {
                    Topic t = topic(topic);
                    // Bounded: a subscriber that falls too far behind is cut off and resumes with Last-Event-ID.
                    Sinks.Many<StreamEvent> mine = Sinks.many()
                            .unicast()
                            .onBackpressureBuffer(reactor.util.concurrent.Queues.<StreamEvent>get(MAX_BEHIND)
                                    .get());
                    reactor.core.Disposable attached;
                    long upTo;
                    synchronized (t) {
                        attached = t.sink.asFlux().subscribe(e -> {
                            if (mine.tryEmitNext(e).isFailure()) {
                                mine.tryEmitError(new IllegalStateException("subscriber fell too far behind"));
                            }
                        });
                        upTo = t.delivered;
                    }
                    long from = afterSeq < 0 ? upTo : Math.min(afterSeq, upTo);
                    Flux<StreamEvent> replay = from < upTo
                            ? Flux.defer(() -> Flux.fromIterable(log.get().since(topic, from)))
                            : Flux.empty();
                    AtomicLong last = new AtomicLong(from);
                    Flux<StreamEvent> live = mine.asFlux();
                    return Flux.concat(replay, live)
                            .concatMap(e -> {
                                long expected = last.get() + 1;
                                if (e.seq() < expected) {
                                    return Flux.empty();
                                }
                                List<StreamEvent> events = e.seq() == expected
                                        ? List.of(e)
                                        : log.get().since(topic, last.get()).stream()
                                                .filter(x -> x.seq() <= e.seq())
                                                .toList();
                                if (!events.isEmpty()) {
                                    last.set(events.get(events.size() - 1).seq());
                                }
                                return Flux.fromIterable(events);
                            })
                            .doOnSubscribe(s -> subscribers.incrementAndGet())
                            .doFinally(signal -> {
                                subscribers.decrementAndGet();
                                attached.dispose();
                            });
                })
                .subscribeOn(Schedulers.boundedElastic()); // subscribing reads the log: never on an event-loop thread
    }

    /** Delivers the topic's committed events this instance has not delivered yet. Blocking (reads the log). */
    public void poke(String topic) {
        Topic t = topics.get(topic);
        if (t == null) {
            return; // nobody here listens to it
        }
        List<StreamEvent> fresh;
        synchronized (t) {
            fresh = log.get().since(topic, t.delivered);
            for (StreamEvent e : fresh) {
                t.sink.tryEmitNext(e);
                t.delivered = e.seq();
            }
        }
        if (!fresh.isEmpty() && t.sink.currentSubscriberCount() > 0) {
            delivered.publishEvent(new StreamEventsDelivered(fresh, Instant.now()));
        }
    }

    /** Every topic with subscribers here, to catch up after a lost connection to the database's notifications. */
    void pokeAll() {
        topics.keySet().forEach(this::poke);
    }

    private Topic topic(String name) {
        Topic existing = topics.get(name);
        if (existing != null) {
            return existing;
        }
        Topic created = topics.computeIfAbsent(name, n -> {
            Topic t = new Topic();
            t.delivered = log.get().lastSeq(n);
            return t;
        });
        poke(name); // an event committed while the topic was being set up was poked at nobody: deliver it now
        return created;
    }
}
