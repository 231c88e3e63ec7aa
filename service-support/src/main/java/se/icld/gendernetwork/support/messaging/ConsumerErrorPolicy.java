package se.icld.gendernetwork.support.messaging;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one error policy of every consumer binding: "infrastructure failures are never dead letters".
 *
 * <ul>
 * <li>A record that fails with an {@link UnprocessableRecordException} (anywhere among the causes)
 * goes to {@code <topic>.<group>.dlq} at once and is counted there ({@link DeadLetters}).</li>
 * <li>Any other failure (MongoDB away, the broker away, anything) is retried with capped
 * exponential backoff ({@code messaging.consumer.*}) without a limit on attempts or time. During
 * each pause the consumer is paused (it keeps polling, so the group does not evict it after
 * {@code max.poll.interval.ms}) and the record is sought again: its offset is not committed and
 * the partition does not move past it, however long the outage.</li>
 * <li>A dead-letter send that fails throws: the offset is not committed and the record is tried again.</li>
 * <li>Offsets are committed only after the listener returned for every record before them: after the
 * records of each poll were processed (ack mode BATCH), and, when one fails, up to the one before it
 * (those are committed before the failed one is tried again). One synchronous commit per poll,
 * not per record: a rush of records is not a rush of broker round trips on the consumer thread.
 * Every consumer is idempotent (by the record's id or event id), so the records of a poll that a
 * crash leaves uncommitted are absorbed when they come again.</li>
 * </ul>
 *
 * Meters per binding, registered at zero: {@code messaging.dead.letters{topic,group}} (records
 * dead-lettered and acknowledged by the broker) and {@code messaging.retries{topic,group}} (failed
 * attempts that will be retried: rising while a dependency is away).
 *
 * <p>The binder hands a binding's errors to the container's error handler only when its own retry
 * is on ({@code max-attempts} above 1, the binder's default 3) and this customizer says "not in the
 * binding"; with {@code max-attempts: 1} it would send them to the binding's error channel instead,
 * and with {@code enable-dlq} its own dead-letter handler would commit records whose send failed.
 * A binding configured either way fails the start.
 *
 * <p>It creates each binding's dead-letter topic, with an explicit retention ({@link #newDeadLetterTopic}).
 */
@RequiredArgsConstructor
final class ConsumerErrorPolicy implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConsumerErrorPolicy.class);

    private final KafkaEvents events;
    private final KafkaAdmin admin;
    private final MeterRegistry registry;
    private final MessagingProperties properties;
    private final ThreadPoolTaskScheduler resumer = resumeScheduler();
    private final ListenerContainerPauseService pauser = new ListenerContainerPauseService(null, resumer);

    /** One daemon thread that resumes the partitions paused between attempts. */
    private static ThreadPoolTaskScheduler resumeScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setDaemon(true);
        scheduler.setThreadNamePrefix("kafka-consumer-resume-");
        scheduler.initialize();
        return scheduler;
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        String deadLetterTopic = deadLetterTopic(destinationName, group);
        createTopic(deadLetterTopic);
        Counter counter = Counter.builder("messaging.dead.letters")
                .description("Records dead-lettered because they can never be processed (sent and acknowledged)")
                .tag("topic", destinationName).tag("group", group).register(registry);
        DefaultErrorHandler handler = new DefaultErrorHandler(
                new DeadLetters(events.template(), deadLetterTopic, counter), backOff(properties.consumer()),
                new ContainerPausingBackOffHandler(pauser));
        Counter retries = Counter.builder("messaging.retries")
                .description("Failed attempts of consumed records that are retried (any failure but unprocessable)")
                .tag("topic", destinationName).tag("group", group).register(registry);
        handler.setRetryListeners((record, exception, attempt) -> {
            if (DeadLetters.reason(exception) == null) {
                retries.increment();
            }
        });
        handler.setClassifications(Map.of(UnprocessableRecordException.class, false), true);
        handler.setCommitRecovered(true);
        handler.setLogLevel(KafkaException.Level.WARN);
        container.setCommonErrorHandler(handler);
        container.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff,
            ExtendedConsumerProperties<KafkaConsumerProperties> binding) {
        if (binding.getMaxAttempts() < 2 || binding.getExtension().isEnableDlq()) {
            throw new IllegalStateException("binding " + binding.getBindingName() + ": remove max-attempts and "
                    + "enable-dlq; failures are retried and dead-lettered by the messaging kit's error policy, "
                    + "which the binder uses only with max-attempts above 1 and enable-dlq off");
        }
        configure(container, destinationName, group, dlqDestinationResolver, backOff);
    }

    static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlq";
    }

    /** Capped exponential, without a limit on attempts or elapsed time. */
    static BackOff backOff(MessagingProperties.Consumer retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        // No maxAttempts, no maxElapsedTime: retried for as long as the failure lasts.
        return backOff;
    }

    /**
     * The dead-letter topic as the kit creates it: {@code messaging.topics.partitions} partitions and
     * {@code retention.ms} = {@code messaging.topics.dead-letter-retention-ms} (dead letters are whole
     * records, personal data included). An existing topic with another retention gets this one
     * ({@code spring.kafka.admin.modify-topic-configs}, service-defaults.yml).
     */
    static NewTopic newDeadLetterTopic(String name, MessagingProperties.Topics topics) {
        return new NewTopic(name, Optional.of(topics.partitions()), Optional.empty())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(topics.deadLetterRetentionMs())));
    }

    private void createTopic(String name) {
        try {
            admin.createOrModifyTopics(newDeadLetterTopic(name, properties.topics()));
        } catch (RuntimeException e) {
            // Created by the broker on the first dead letter if it auto-creates topics; else that send fails and is retried.
            log.warn("dead-letter topic {} not created now: {}", name, e.toString());
        }
    }

    @Override
    public void destroy() {
        resumer.shutdown();
    }
}
