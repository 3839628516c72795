package org.laurel.events;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fans committed events out to this instance's subscribers. A poke ("topic T has news") makes the
 * hub read the topic's events after the last one it delivered and emit them in order, so however
 * pokes arrive (after a local commit, from a NOTIFY, twice, late) each subscriber sees every event
 * exactly once and in sequence.
 */
@Singleton
public class EventHub {

    /** A subscriber may fall this far behind before it is cut off (it reconnects with Last-Event-ID). */
    private static final int MAX_BEHIND = 10_000;

    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    private final Provider<EventLog> log;

    EventHub(Provider<EventLog> log) {
        this.log = log;
    }

    private static final class Topic {
        final Sinks.Many<Event> sink = Sinks.many().multicast().directBestEffort();
        long delivered;
    }

    /**
     * The topic's events after {@code afterSeq} (replayed from the log), then live ones as they are
     * committed. Subscribing to the live side first and dropping what the replay already gave
     * closes the gap between the two. A negative {@code afterSeq} means "from now on".
     */
    public Flux<Event> stream(String topic, long afterSeq) {
        return Flux.defer(() -> {
            Topic t = topic(topic);
            Flux<Event> live = t.sink.asFlux().onBackpressureBuffer(MAX_BEHIND, BufferOverflowStrategy.ERROR);
            long from;
            synchronized (t) {
                from = afterSeq < 0 ? t.delivered : afterSeq;
            }
            Flux<Event> replay = afterSeq < 0 ? Flux.empty() : Flux.defer(() -> Flux.fromIterable(log.get().since(topic, from)));
            AtomicLong last = new AtomicLong(from);
            return Flux.mergeSequential(replay, live).filter(e -> {
                if (e.seq() <= last.get()) {
                    return false;
                }
                last.set(e.seq());
                return true;
            });
        }).subscribeOn(Schedulers.boundedElastic()); // subscribing reads the log: never on an event-loop thread
    }

    /** Delivers the topic's committed events this instance has not delivered yet. Blocking (reads the log). */
    public void poke(String topic) {
        Topic t = topics.get(topic);
        if (t == null) {
            return; // nobody here listens to it
        }
        synchronized (t) {
            List<Event> fresh = log.get().since(topic, t.delivered);
            for (Event e : fresh) {
                t.sink.tryEmitNext(e);
                t.delivered = e.seq();
            }
        }
    }

    /** Every topic with subscribers here, to catch up after a lost connection to the database's notifications. */
    void pokeAll() {
        topics.keySet().forEach(this::poke);
    }

    private Topic topic(String name) {
        return topics.computeIfAbsent(name, n -> {
            Topic t = new Topic();
            t.delivered = log.get().lastSeq(n);
            return t;
        });
    }
}
