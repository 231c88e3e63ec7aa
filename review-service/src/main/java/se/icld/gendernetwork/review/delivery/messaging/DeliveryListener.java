package se.icld.gendernetwork.review.delivery.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.delivery.DeliveryEvent;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.delivery.DeliveryReports;
import se.icld.gendernetwork.support.messaging.JsonRecords;

/**
 * Binding {@code recordDelivery-in-0}: {@code notification.deliveries.v1}, group
 * {@code review-service}. Each email's outcome joins the application's history once (keyed by the
 * delivery event's id), without touching the version reviewers work against. A report for an
 * application this service does not hold is ignored, logged (ids only) and counted
 * ({@code review_deliveries_unknown_application_total}). Under the messaging kit's consumer error
 * policy: a record that is not a readable delivery event ({@link DeliveryReports}) goes to
 * {@code notification.deliveries.v1.review-service.dlq} at once; every other failure (MongoDB away)
 * is retried without limit, the partition paused, never dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryListener {

    private static final Logger log = LoggerFactory.getLogger(DeliveryListener.class);

    @Bean
    Consumer<byte[]> recordDelivery(Applications applications, JsonRecords records, MeterRegistry meters) {
        Counter unknown = Counter.builder("review.deliveries.unknown.application")
                .description("Delivery reports for an application this service does not hold (ignored)")
                .register(meters);
        return record -> {
            DeliveryEvent event = records.read(record, DeliveryEvent.class);
            HistoryEntry entry = DeliveryReports.entryFor(event);
            boolean added = applications.appendOnce(event.applicationId(), entry);
            if (!added && applications.find(event.applicationId()).isEmpty()) {
                unknown.increment();
                log.warn("delivery report {} for application {}, which this service does not hold: ignored",
                        event.eventId(), event.applicationId());
                return;
            }
            log.info("delivery report {} for application {}: {}", event.eventId(), event.applicationId(),
                    added ? entry.action() : "already recorded (or the history is full)");
        };
    }
}
