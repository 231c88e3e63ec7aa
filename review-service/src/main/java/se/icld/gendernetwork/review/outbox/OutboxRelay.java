package se.icld.gendernetwork.review.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.application.OutboxAppended;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.application.Outboxes;
import se.icld.gendernetwork.review.application.Outboxes.PendingOutbox;
import se.icld.gendernetwork.support.TraceContexts;

/**
 * Publishes the events waiting in applications' outboxes, in order within one application, and
 * removes each from its document once the broker acknowledged it. At-least-once: a crash between
 * the acknowledgement and the removal publishes the event again with the same {@code eventId},
 * which consumers recognise.
 *
 * <p>It runs on a thread of its own ({@code outbox-relay}), never on the scheduler the gauges use.
 * Each round (every {@code review.outbox-interval}, and soon after this replica writes events) takes
 * the applications this replica wrote events to since the last round (told by {@link OutboxAppended},
 * looked up by id) and, every
 * {@code review.outbox-sweep-interval}, those the index of waiting applications shows (written by
 * another replica, left by a crash or due for a retry); it leases them ({@link Outboxes#lease}) and
 * starts each one's publishing. Sends are pipelined across applications: up to {@value #BATCH}
 * applications are in flight at once, none waits for another's acknowledgement, so an application
 * whose event cannot be published holds back no other; it is retried after a backoff (the round
 * interval, doubling up to a minute) without holding its lease. Within one application the next
 * event is sent only after the previous one's acknowledgement and removal, so the first copy of
 * each event reaches the topic after the first copy of the one before it, whichever replica sent
 * it: per-application order holds with any number of replicas, and the lease makes a second
 * replica sending the same event rare (only once a lease ran out).
 *
 * <p>An event held until its {@link OutboxEntry#notBefore()} (a decision's grace period) is not sent
 * before then, by the service's {@link Clock}; reaching one, the relay gives the lease up with the
 * hold's end as the document's due mark ({@link Outboxes#holdUntil}), so what follows it waits too and
 * neither the poll nor the lease takes the document again before then.
 */
@Component
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final int BATCH = 100;
    /** How long a round started by a write waits for the writes of the same moment to join it. */
    static final Duration WAKE_DELAY = Duration.ofMillis(20);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final Outboxes outboxes;
    private final EventPublisher publisher;
    private final TraceContexts traces;
    private final Clock clock;
    private final Duration interval;
    private final Duration sweepInterval;
    private final Duration lease;
    private final String replica = UUID.randomUUID().toString();
    private final Set<String> told = ConcurrentHashMap.newKeySet();
    /** Application id → the lease holder publishing it now. */
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final Counter unacknowledged;
    private final Counter published;
    /** The relay's own thread, from {@link #start()} to {@link #stop()} (a paused test context restarts it). */
    private volatile ScheduledExecutorService executor;
    private volatile boolean running;
    /** A round started by a write is waiting to run ({@link #wake()}). */
    private final AtomicBoolean woken = new AtomicBoolean();
    private long rounds; // relay thread only
    private Instant nextSweep = Instant.MIN; // relay thread only (and start)
    private Instant nextBacklog = Instant.MIN; // relay thread only (and start)
    private Instant nextRegularSweep = Instant.MIN; // relay thread only (and start)

    OutboxRelay(Outboxes outboxes, EventPublisher publisher, TraceContexts traces, ReviewProperties properties,
            MeterRegistry registry, Clock clock) {
        this.outboxes = outboxes;
        this.clock = clock;
        this.publisher = publisher;
        this.traces = traces;
        this.interval = properties.outboxInterval();
        this.sweepInterval = properties.outboxSweepInterval();
        this.lease = properties.outboxLease();
        Gauge.builder("review.outbox.backlog", backlog, AtomicLong::get)
                .description("Events waiting in outboxes (refreshed every review.outbox-sweep-interval)").register(registry);
        Gauge.builder("review.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get)
                .description("How long the longest-waiting event has waited (refreshed every review.outbox-sweep-interval)")
                .baseUnit("seconds").register(registry);
        this.unacknowledged = Counter.builder("review.outbox.unacknowledged")
                .description("Outbox publishes the broker did not acknowledge (retried after a backoff)")
                .register(registry);
        this.published = Counter.builder("review.outbox.published")
                .description("Outbox events published and removed").register(registry);
    }

    /**
     * This replica wrote events: publish them in a round started for them (within {@link #WAKE_DELAY}),
     * without searching. The writes of that moment share one round; the rounds every interval still run.
     */
    @EventListener
    void appended(OutboxAppended event) {
        told.add(event.applicationId());
        wake();
    }

    /**
     * A round soon rather than at the next interval (on average half of it, 250 ms by default, added to
     * every decision's and every receipt's way to the applicant). At most one such round waits at a time.
     */
    private void wake() {
        ScheduledExecutorService relay = executor;
        if (!running || relay == null || !woken.compareAndSet(false, true)) {
            return;
        }
        try {
            relay.schedule(() -> {
                woken.set(false);
                round();
            }, Math.min(WAKE_DELAY.toMillis(), interval.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Stopping: what was told is taken by the next start's first round, or by another replica's sweep.
            woken.set(false);
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        nextSweep = Instant.MIN;
        nextBacklog = Instant.MIN;
        nextRegularSweep = Instant.MIN;
        executor.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Give the leases back, so the next start or another replica continues at once.
        Instant now = Instant.now();
        inFlight.forEach((id, holder) -> {
            try {
                outboxes.retryLater(id, holder, now);
            } catch (RuntimeException e) {
                log.debug("lease of application {} left to expire: {}", id, e.toString());
            }
        });
        inFlight.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void round() {
        try {
            relayRound(Instant.now());
        } catch (RuntimeException e) {
            log.warn("outbox relay round failed, will retry: {}", e.toString());
        }
    }

    /** One round: leases the applications due and starts publishing them; returns how many it leased. */
    int relayRound(Instant now) {
        Set<String> due = new LinkedHashSet<>();
        for (String id : told) {
            // One still in flight stays told: its new events go out once the current ones are done.
            if (!inFlight.containsKey(id) && told.remove(id)) {
                due.add(id);
            }
        }
        int room = BATCH - inFlight.size();
        // A sweep when there is room left after what this replica was told, or once a sweep interval
        // (what it finds then waits with the told). A relay behind in a rush has its batch in flight
        // and more told than it has room for: sweeping every round would read the batch in flight at
        // the front of the index (and as many more) for nothing, between the acknowledgements it handles.
        if (!now.isBefore(nextSweep) && (due.size() < room || !now.isBefore(nextRegularSweep))) {
            nextRegularSweep = now.plus(sweepInterval);
            if (!now.isBefore(nextBacklog)) {
                // The gauges, once a sweep interval: a relay behind sweeps every round (a full batch found),
                // and the backlog's aggregation reads every waiting document (thousands in a rush).
                Outboxes.Backlog waiting = outboxes.backlog(clock.instant());
                backlog.set(waiting.events());
                oldestAgeSeconds.set(waiting.oldestSince() == null ? 0
                        : Math.max(0, Duration.between(waiting.oldestSince(), now).toSeconds()));
                nextBacklog = now.plus(sweepInterval);
            }
            List<String> found = outboxes.waiting(now, clock.instant(), BATCH);
            found.stream().filter(id -> !inFlight.containsKey(id)).forEach(due::add);
            nextSweep = found.size() == BATCH ? now : now.plus(sweepInterval);
        }
        if (due.size() > room) {
            List<String> later = due.stream().skip(Math.max(0, room)).toList();
            later.forEach(due::remove);
            told.addAll(later);
        }
        if (due.isEmpty()) {
            return 0;
        }
        String holder = replica + "/" + ++rounds;
        List<PendingOutbox> leased = outboxes.lease(due, holder, now, clock.instant(), lease);
        for (PendingOutbox outbox : leased) {
            inFlight.put(outbox.applicationId(), holder);
            send(outbox, 0, holder);
        }
        return leased.size();
    }

    private void send(PendingOutbox outbox, int index, String holder) {
        OutboxEntry entry = outbox.entries().get(index);
        if (entry.heldAt(clock.instant())) {
            // A decision's grace period: it and what follows it wait until the hold ends.
            inFlight.remove(outbox.applicationId());
            try {
                outboxes.holdUntil(outbox.applicationId(), holder, entry, entry.notBefore());
            } catch (RuntimeException e) {
                log.warn("hold of application {} left to its lease: {}", outbox.applicationId(), e.toString());
            }
            return;
        }
        CompletableFuture<Void> ack;
        try {
            ack = traces.continueTrace(entry.traceparent(), "outbox publish",
                    () -> publisher.publish(outbox.applicationId(), entry));
        } catch (RuntimeException e) {
            ack = CompletableFuture.failedFuture(e);
        }
        ack.orTimeout(lease.toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((ok, failure) -> acknowledged(outbox, index, holder, failure), executor);
    }

    private void acknowledged(PendingOutbox outbox, int index, String holder, Throwable failure) {
        String id = outbox.applicationId();
        OutboxEntry entry = outbox.entries().get(index);
        try {
            if (failure != null) {
                unacknowledged.increment();
                Duration wait = backoff(outbox.failures());
                log.warn("event {} of application {} not acknowledged, retrying in {}: {}", entry.eventId(), id, wait,
                        failure.toString());
                inFlight.remove(id);
                outboxes.retryLater(id, holder, Instant.now().plus(wait));
                return;
            }
            OutboxEntry next = index + 1 < outbox.entries().size() ? outbox.entries().get(index + 1) : null;
            outboxes.remove(id, entry, next, holder);
            published.increment();
            if (next == null) {
                inFlight.remove(id);
            } else if (running) {
                send(outbox, index + 1, holder);
            } // else stopping: stop() gives the lease back

        } catch (RuntimeException e) {
            // MongoDB away: the lease runs out, and what is still in the outbox goes out again then.
            inFlight.remove(id);
            log.warn("outbox of application {} left to its lease: {}", id, e.toString());
        }
    }

    private Duration backoff(int failures) {
        Duration wait = interval.multipliedBy(1L << Math.min(failures, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
