package se.icld.gendernetwork.intake.submission.messaging;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.kafka.outbound.KafkaProducerMessageHandler;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * With observation on, the binder's {@code KafkaTemplate} asks its {@link KafkaAdmin} for the
 * cluster id (an observation tag) before its first send, and that call blocks (the admin's
 * operation timeout, then closing an admin client whose calls wait up to a minute) when the broker
 * is down: the first submission after a start during an outage would hang far beyond
 * {@code intake.publish-timeout}. The template gets an admin that fetches the id in the background
 * (at once, and again while it is unknown) and never makes a submission wait for it; until it is
 * known, the observation has no cluster id. Found by {@code BrokerOutageIntegrationTest}.
 */
@Configuration(proxyBeanMethods = false)
class NonBlockingClusterId {

    @Bean
    ProducerMessageHandlerCustomizer<KafkaProducerMessageHandler<?, ?>> clusterIdInTheBackground(
            KafkaProperties properties, KafkaConnectionDetails connection) {
        Map<String, Object> config = properties.buildAdminProperties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getAdmin().getBootstrapServers());
        BackgroundClusterIdAdmin admin = new BackgroundClusterIdAdmin(config);
        admin.clusterId();
        return (handler, destination) -> handler.getKafkaTemplate().setKafkaAdmin(admin);
    }

    static final class BackgroundClusterIdAdmin extends KafkaAdmin {

        private static final Log LOG = LogFactory.getLog(BackgroundClusterIdAdmin.class);

        private final AtomicBoolean fetching = new AtomicBoolean();

        BackgroundClusterIdAdmin(Map<String, Object> config) {
            super(config);
        }

        /** The cluster id if known; else {@code null} at once, with one background fetch under way. */
        @Override
        public String clusterId() {
            String known = getClusterId();
            if (known == null && fetching.compareAndSet(false, true)) {
                Thread fetch = new Thread(() -> {
                    try {
                        super.clusterId();
                    } catch (RuntimeException e) {
                        LOG.debug("cluster id not known yet", e);
                    } finally {
                        fetching.set(false);
                    }
                }, "kafka-cluster-id");
                fetch.setDaemon(true);
                fetch.start();
            }
            return known;
        }
    }
}
