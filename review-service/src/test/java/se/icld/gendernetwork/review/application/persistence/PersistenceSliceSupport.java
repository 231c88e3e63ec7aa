package se.icld.gendernetwork.review.application.persistence;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.testsupport.TestServers;

/**
 * What a {@code @DataMongoTest} of review's persistence adapters needs besides MongoDB: the
 * adapters of {@code application.persistence} and the service's JSON mapper (tracing glue comes
 * with the application class's import of service-support), on a database of its own on the shared
 * test MongoDB. Every such test gets the store and the template.
 */
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import(PersistenceAdapters.class)
public abstract class PersistenceSliceSupport {

    private static final String DATABASE = "review-slice-" + UUID.randomUUID();

    @Autowired
    protected Applications applications;

    @Autowired
    protected MongoTemplate mongo;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestServers.mongoUri(DATABASE));
    }
}
