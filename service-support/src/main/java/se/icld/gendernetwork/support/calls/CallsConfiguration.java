package se.icld.gendernetwork.support.calls;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import se.icld.gendernetwork.contracts.calls.Calls;

/** The calls every service knows ({@link CallsProperties}), checked when the service starts. */
@AutoConfiguration
@EnableConfigurationProperties(CallsProperties.class)
public class CallsConfiguration {

    @Bean
    Calls calls(CallsProperties properties) {
        return properties.toCalls();
    }
}
