package se.icld.gendernetwork.review.messaging;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.Topics;

/**
 * {@code review.dlq.records{topic}}: records this service gave up on. The binder sends a record to
 * the binding's error channel once its retries are exhausted, and from there to the dead-letter
 * topic; this counts it there. Registered at zero so an alert on its increase sees the first one.
 */
@Component
class DeadLetterCounter {

    static final String GROUP = "review-service";

    private final ApplicationContext context;
    private final MeterRegistry registry;

    DeadLetterCounter(ApplicationContext context, MeterRegistry registry) {
        this.context = context;
        this.registry = registry;
        for (String topic : List.of(Topics.SUBMISSIONS, Topics.DELIVERIES)) {
            counter(topic);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void subscribe() {
        for (String topic : List.of(Topics.SUBMISSIONS, Topics.DELIVERIES)) {
            String channel = topic + "." + GROUP + ".errors";
            if (context.containsBean(channel)) {
                Counter counter = counter(topic);
                context.getBean(channel, SubscribableChannel.class).subscribe(message -> counter.increment());
            }
        }
    }

    private Counter counter(String topic) {
        return Counter.builder("review.dlq.records").description("Records dead-lettered after their retries")
                .tag("topic", topic).register(registry);
    }
}
