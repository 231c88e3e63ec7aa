package se.icld.gendernetwork.review.application.persistence;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The package's adapters (package-private, so found by scanning) for persistence slices, and a
 * record of the commands their client sends ({@link SentCommands}).
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = PersistenceAdapters.class)
public class PersistenceAdapters {

    @Bean
    SentCommands sentCommands() {
        return new SentCommands();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer recordSentCommands(SentCommands sent) {
        return settings -> settings.addCommandListener(sent);
    }
}
