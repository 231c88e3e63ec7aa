package se.icld.gendernetwork.review.queue;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import se.icld.gendernetwork.review.application.Status;

/** {@code review.queue.size{status}}: applications per status, refreshed every 15 seconds. */
@Component
class QueueGauges {

    private static final Logger log = LoggerFactory.getLogger(QueueGauges.class);

    private final ReviewStats stats;
    private final MultiGauge queueSize;

    QueueGauges(ReviewStats stats, MeterRegistry registry) {
        this.stats = stats;
        this.queueSize = MultiGauge.builder("review.queue.size")
                .description("Applications by status").register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${review.queue-gauge-interval:15s}")
    void refresh() {
        try {
            Map<Status, Long> counts = stats.countByStatus();
            queueSize.register(counts.entrySet().stream()
                    .map(e -> MultiGauge.Row.of(Tags.of("status", e.getKey().name()), e.getValue()))
                    .toList(), true);
        } catch (RuntimeException e) {
            log.warn("could not count the queue: {}", e.toString());
            queueSize.register(List.of(), true);
        }
    }
}
