package se.icld.gendernetwork.notification.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.notification.journal.NotificationLog;

/**
 * Every {@code notification.retry.interval}: attempts the entries whose retry is due (or whose
 * attempt crashed and whose lease ran out), announces outcomes not yet announced, and measures the
 * age of the oldest unsent email.
 */
@Component
class RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(RetryScheduler.class);
    private static final int BATCH = 50;

    private final NotificationLog notifications;
    private final DeliveryAttempts attempts;
    private final OutcomeAnnouncer announcer;
    private final Clock clock;
    private final AtomicLong oldestUnsentSeconds = new AtomicLong();

    RetryScheduler(NotificationLog notifications, DeliveryAttempts attempts, OutcomeAnnouncer announcer, Clock clock,
            MeterRegistry registry) {
        this.notifications = notifications;
        this.attempts = attempts;
        this.announcer = announcer;
        this.clock = clock;
        Gauge.builder("notification.oldest.unsent.age", oldestUnsentSeconds, AtomicLong::get)
                .description("Age of the oldest email not yet sent nor given up").baseUnit("seconds").register(registry);
    }

    @Scheduled(fixedDelayString = "${notification.retry.interval:1s}")
    void round() {
        try {
            Instant now = Instant.now(clock);
            for (String id : notifications.dueIds(now, BATCH)) {
                attempts.attemptIfDue(id);
            }
            for (NotificationEntry entry : notifications.unannounced(BATCH)) {
                if (!announcer.announce(entry)) {
                    break;
                }
            }
            oldestUnsentSeconds.set(notifications.oldestUnsent()
                    .map(t -> Duration.between(t, Instant.now(clock)).toSeconds()).orElse(0L));
        } catch (RuntimeException e) {
            log.warn("notification retry round failed, will try again: {}", e.toString());
        }
    }
}
