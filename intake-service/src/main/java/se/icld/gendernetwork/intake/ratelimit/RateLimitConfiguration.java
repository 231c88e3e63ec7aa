package se.icld.gendernetwork.intake.ratelimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.bucket4j.TimeMeter;
import se.icld.gendernetwork.intake.IntakeProperties;

/** One limiter for the API and the form: a client's submissions count together, whichever way they come. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** Enough for every municipality of the call many times over; beyond it the least recent are forgotten. */
    static final long MAX_TRACKED_CLIENTS = 50_000;

    @Bean
    ClientRateLimiter clientRateLimiter(IntakeProperties properties) {
        return new ClientRateLimiter(properties.rateLimitPerMinute(), MAX_TRACKED_CLIENTS, TimeMeter.SYSTEM_NANOTIME);
    }
}
