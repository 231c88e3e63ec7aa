package se.icld.gendernetwork.notification.notice.messaging;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.contracts.delivery.DeliveryEvent;
import se.icld.gendernetwork.notification.notice.DeliveryAnnouncer;
import se.icld.gendernetwork.support.messaging.KafkaEvents;

/**
 * Announces on {@code notification.deliveries.v1} (key = application id) through the messaging kit;
 * true once the broker acknowledged (acks=all). The wait is bounded by {@code messaging.producer.send-timeout}.
 */
@Component
@RequiredArgsConstructor
class KafkaDeliveryAnnouncer implements DeliveryAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(KafkaDeliveryAnnouncer.class);

    private final KafkaEvents events;

    @Override
    public boolean announce(DeliveryEvent event) {
        try {
            events.send(Topics.DELIVERIES, event.applicationId().toString(), event, Map.of()).join();
            return true;
        } catch (CompletionException | CancellationException e) {
            log.warn("delivery event {} not acknowledged, will retry: {}", event.eventId(), e.getCause() == null
                    ? e.toString() : e.getCause().toString());
            return false;
        }
    }
}
