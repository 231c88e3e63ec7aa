package se.icld.gendernetwork.notification.notice.messaging;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.delivery.DeliveryEvent;
import se.icld.gendernetwork.notification.notice.DeliveryAnnouncer;

/** Binding {@code delivery-events}: {@code notification.deliveries.v1}, key = application id, synchronous. */
@Component
class KafkaDeliveryAnnouncer implements DeliveryAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(KafkaDeliveryAnnouncer.class);
    static final String BINDING = "delivery-events";

    private final StreamBridge bridge;

    KafkaDeliveryAnnouncer(StreamBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public boolean announce(DeliveryEvent event) {
        try {
            return bridge.send(BINDING, MessageBuilder.withPayload(event)
                    .setHeader(KafkaHeaders.KEY, event.applicationId().toString().getBytes(StandardCharsets.UTF_8))
                    .build());
        } catch (RuntimeException e) {
            log.warn("delivery event {} not acknowledged, will retry: {}", event.eventId(), e.toString());
            return false;
        }
    }
}
