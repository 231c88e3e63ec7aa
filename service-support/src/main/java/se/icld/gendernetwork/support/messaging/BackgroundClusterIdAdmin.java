package se.icld.gendernetwork.support.messaging;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * With observation on, a {@code KafkaTemplate} asks its {@link KafkaAdmin} for the cluster id (an
 * observation tag) before its first send, and that call blocks (the admin's operation timeout, then
 * closing an admin client whose calls wait up to a minute) when the broker is down: the first send
 * after a start during an outage would wait far beyond its bound. This admin answers at once: the
 * id once known, else {@code null} with one fetch under way in the background.
 */
final class BackgroundClusterIdAdmin extends KafkaAdmin {

    private static final Logger log = LoggerFactory.getLogger(BackgroundClusterIdAdmin.class);

    private final AtomicBoolean fetching = new AtomicBoolean();

    BackgroundClusterIdAdmin(Map<String, Object> config) {
        super(config);
    }

    @Override
    public String clusterId() {
        String known = getClusterId();
        if (known == null && fetching.compareAndSet(false, true)) {
            Thread fetch = new Thread(() -> {
                try {
                    super.clusterId();
                } catch (RuntimeException e) {
                    log.debug("cluster id not known yet", e);
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
