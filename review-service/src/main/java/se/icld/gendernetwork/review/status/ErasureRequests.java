package se.icld.gendernetwork.review.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.StatusLinkProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationNotFoundException;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.ConfirmationOutcome;
import se.icld.gendernetwork.review.application.EmailConfirmation;
import se.icld.gendernetwork.review.application.Erasure;
import se.icld.gendernetwork.review.erasure.Erasures;

/**
 * The applicant's own erasure request: asked for with the status link, confirmed from the
 * application's address (a single-use code, kept only as its SHA-256, valid as long as an address
 * confirmation: {@code review.corrections.email-confirmation-validity}), then carried out as an
 * admin's erasure is ({@link Erasures}), on request of the applicant.
 */
@Service
public class ErasureRequests {

    private final ApplicantActions applicant;
    private final Applications applications;
    private final Erasures erasures;
    private final Clock clock;
    private final String baseUrl;
    private final Duration validity;

    ErasureRequests(ApplicantActions applicant, Applications applications, Erasures erasures, Clock clock,
            StatusLinkProperties status, CorrectionProperties corrections) {
        this.applicant = applicant;
        this.applications = applications;
        this.erasures = erasures;
        this.clock = clock;
        this.baseUrl = status.baseUrl().replaceAll("/+$", "");
        this.validity = corrections.emailConfirmationValidity();
    }

    /** Asks for the erasure: the confirmation link goes to the application's address. */
    public Application request(UUID id, String token) {
        Application application = applicant.status(id, token);
        String code = ApplicantActions.newCode();
        Instant now = Instant.now(clock);
        application.requestErasure(new EmailConfirmation(ApplicantActions.hash(code),
                baseUrl + "/status/" + id + "/erasure-confirmation?code=" + code, now.plus(validity)), now);
        applications.update(application);
        return application;
    }

    /** The application, as it is now (erased or not). */
    public Application application(UUID id) {
        return applications.find(id).orElseThrow(ApplicationNotFoundException::new);
    }

    /** What the link's code would do now (the page shows it before the applicant confirms). */
    public ConfirmationOutcome check(UUID id, String code) {
        return application(id).erasureConfirmation(code == null ? null : ApplicantActions.hash(code), Instant.now(clock));
    }

    /** Confirms with the link's code: the data is erased (CONFIRMED), or nothing happens (UNKNOWN, EXPIRED). */
    public ConfirmationOutcome confirm(UUID id, String code) {
        ConfirmationOutcome outcome = check(id, code);
        if (outcome == ConfirmationOutcome.CONFIRMED) {
            erasures.erase(id, Application.APPLICANT, Erasure.Requester.APPLICANT);
        }
        return outcome;
    }
}
