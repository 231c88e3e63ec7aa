package se.icld.gendernetwork.support;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.converter.MessageConverter;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The shared infrastructure beans of a service with MongoDB and Kafka consumers
 * ({@code @Import(ServiceSupport.class)}): the clock, the {@code mongoPing} health indicator (used
 * by the readiness group), the raw-JSON converter for consumers that read records themselves, and
 * trace-context carry-over.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceSupport {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MongoPingHealthIndicator mongoPing(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    MessageConverter rawJsonConverter() {
        return new RawJsonConverter();
    }

    @Bean
    TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContexts(tracer, propagator);
    }
}
