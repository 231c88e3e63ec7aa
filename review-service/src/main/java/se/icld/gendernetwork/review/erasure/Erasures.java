package se.icld.gendernetwork.review.erasure;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationNotFoundException;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.Erasure;

/**
 * Erasing an applicant's personal data (GDPR art. 17): the application keeps its anonymised
 * skeleton ({@link Application#erase}), written in one guarded update with the
 * {@code ApplicationErased} event that makes notification erase its copies. Logged and counted
 * with ids only.
 */
@Service
public class Erasures {

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);

    private final Applications applications;
    private final Clock clock;
    private final Counter erased;

    Erasures(Applications applications, Clock clock, MeterRegistry registry) {
        this.applications = applications;
        this.clock = clock;
        this.erased = Counter.builder("review.erasures").description("Applications whose personal data was erased")
                .register(registry);
    }

    /**
     * Erases the personal data of application {@code id}; an application erased already stays as it
     * is (the first erasure's record kept).
     *
     * @throws ApplicationNotFoundException no such application
     */
    public Application erase(UUID id, String by, Erasure.Requester onRequestOf) {
        Application application = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
        erase(application, by, onRequestOf);
        return application;
    }

    /**
     * As {@link #erase(UUID, String, Erasure.Requester)}; true only if this call erased it (false
     * when it was erased already, by anyone).
     */
    public boolean eraseIfNotYet(UUID id, String by, Erasure.Requester onRequestOf) {
        return erase(applications.find(id).orElseThrow(ApplicationNotFoundException::new), by, onRequestOf);
    }

    private boolean erase(Application application, String by, Erasure.Requester onRequestOf) {
        if (!application.erase(by, onRequestOf, Instant.now(clock))) {
            return false;
        }
        applications.writeErasure(application);
        erased.increment();
        log.info("application {} erased on request of {}", application.id(), onRequestOf);
        return true;
    }
}
