package se.icld.gendernetwork.review.status;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.review.StatusLinkProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationNotFoundException;
import se.icld.gendernetwork.review.application.Applications;

/**
 * What an applicant holding the status token may do. A wrong token and an unknown id are the
 * same "not found": the answer never tells which.
 */
@Service
public class ApplicantActions {

    private final Applications applications;
    private final StatusToken tokens;
    private final Clock clock;

    ApplicantActions(Applications applications, StatusLinkProperties status, Clock clock) {
        this.applications = applications;
        this.tokens = new StatusToken(status.secret());
        this.clock = clock;
    }

    public Application status(UUID id, String token) {
        if (!tokens.matches(id, token)) {
            throw new ApplicationNotFoundException();
        }
        return applications.find(id).orElseThrow(ApplicationNotFoundException::new);
    }

    public Application withdraw(UUID id, String token) {
        Application application = status(id, token);
        application.withdraw(Instant.now(clock));
        applications.update(application);
        return application;
    }

    public Application provideInformation(UUID id, String token, String answer) {
        Application application = status(id, token);
        application.provideInformation(answer, Instant.now(clock));
        applications.update(application);
        return application;
    }

    public String tokenFor(UUID id) {
        return tokens.tokenFor(id);
    }
}
