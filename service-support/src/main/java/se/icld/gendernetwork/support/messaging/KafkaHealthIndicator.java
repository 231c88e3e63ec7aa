package se.icld.gendernetwork.support.messaging;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code kafka} in {@code /actuator/health}: whether the publisher's brokers answer (a cluster
 * description within 2 s), for dashboards. Not part of any readiness group by itself: a service
 * names it there if it wants to (intake does not: it answers 503 itself while Kafka is away).
 */
final class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private static final int TIMEOUT_MS = 2000;

    private final Map<String, Object> adminConfig;
    private Admin admin;

    KafkaHealthIndicator(Map<String, Object> adminConfig) {
        super("Kafka health check failed");
        this.adminConfig = adminConfig;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        String clusterId = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).clusterId()
                .get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS);
        builder.up().withDetail("clusterId", clusterId);
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close();
        }
    }
}
