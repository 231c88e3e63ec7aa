package se.icld.gendernetwork.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServiceDefaultsTest {

    @Test
    void theSharedDefaultsFillInWhatTheServiceLeavesOutAndNeverWinOverIt() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("Config resource 'application.yml'",
                Map.of("spring.kafka.bootstrap-servers", "kafka.example.org:9092", "spring.application.name", "svc")));

        new ServiceDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("kafka.example.org:9092");
        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(environment.getProperty("management.metrics.tags.application")).isEqualTo("svc");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.min-partition-count")).isEqualTo("3");
    }
}
