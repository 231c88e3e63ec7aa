package se.icld.gendernetwork.support.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads {@code service-defaults.yml} (the Kafka producer, admin and observation keys, the binder and
 * consumer defaults, management and tracing keys every service shares) as the property source of
 * lowest precedence: each service's {@code application.yml}, profiles, environment variables and
 * command-line arguments all win over it. ({@code spring.config.import} would not do: an imported
 * file wins over the file that imports it.)
 */
public class ServiceDefaults implements EnvironmentPostProcessor, Ordered {

    static final String NAME = "service-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        ClassPathResource resource = new ClassPathResource(NAME);
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(NAME, resource)) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NAME, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
