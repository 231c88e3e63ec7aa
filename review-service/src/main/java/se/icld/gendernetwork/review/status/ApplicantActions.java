package se.icld.gendernetwork.review.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.StatusLinkProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationNotFoundException;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.ConfirmationOutcome;
import se.icld.gendernetwork.review.application.Correction;
import se.icld.gendernetwork.review.application.EmailConfirmation;
import se.icld.gendernetwork.review.application.WorkflowCode;
import se.icld.gendernetwork.review.application.WorkflowException;

/**
 * What an applicant holding the status token may do. A wrong token and an unknown id are the
 * same "not found": the answer never tells which. A correction is checked by the submission rules
 * ({@link CorrectionCheck}); a new email address gets a random single-use code (256 bits, only its
 * SHA-256 kept) whose link goes to the new address, and whoever holds that link confirms it.
 */
@Service
public class ApplicantActions {

    /** A correction as written: {@code changed} names the fields that changed (none: nothing was written). */
    public record Corrected(Application application, List<String> changed) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Applications applications;
    private final StatusToken tokens;
    private final Clock clock;
    private final CorrectionCheck check;
    private final String baseUrl;
    private final Duration confirmationValidity;

    ApplicantActions(Applications applications, StatusLinkProperties status, ReviewProperties review,
            CorrectionProperties corrections, Calls calls, Clock clock) {
        this.applications = applications;
        this.tokens = new StatusToken(status.secret());
        this.clock = clock;
        this.check = new CorrectionCheck(calls, review.noticeVersions());
        this.baseUrl = status.baseUrl().replaceAll("/+$", "");
        this.confirmationValidity = corrections.emailConfirmationValidity();
    }

    /**
     * The application the status link names. An erased one is no longer there for the link (404,
     * as an unknown one): what is left of it is the programme's statistics, not the applicant's data.
     */
    public Application status(UUID id, String token) {
        if (!tokens.matches(id, token)) {
            throw new ApplicationNotFoundException();
        }
        return applications.find(id).filter(a -> !a.erased()).orElseThrow(ApplicationNotFoundException::new);
    }

    /** Everything held about the applicant of {@code id}, for the token's holder to download ({@link ApplicantData}). */
    public ApplicantData data(UUID id, String token) {
        return ApplicantData.of(status(id, token), Instant.now(clock));
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

    /**
     * Corrects the application (only while RECEIVED and unclaimed) and writes it when something changed.
     *
     * @throws InvalidCorrectionException a corrected value breaks the submission rules
     * @throws se.icld.gendernetwork.review.application.WorkflowException not correctable now, or changed meanwhile
     */
    public Corrected correct(UUID id, String token, Correction correction) {
        Application application = status(id, token);
        CorrectionCheck.Result result = check.check(application, correction);
        if (!result.violations().isEmpty()) {
            throw new InvalidCorrectionException(result.violations());
        }
        Instant now = Instant.now(clock);
        String code = newCode();
        EmailConfirmation confirmation = new EmailConfirmation(hash(code), confirmationLink(id, code),
                now.plus(confirmationValidity));
        List<String> changed = application.correct(result.correction(), confirmation, now);
        if (!changed.isEmpty()) {
            applications.update(application);
        }
        return new Corrected(application, changed);
    }

    /**
     * The application whose new email address this code would confirm (the confirmation page shows
     * it before the applicant confirms); a code that confirms nothing is "not found".
     */
    public Application pendingConfirmation(UUID id, String code) {
        Application application = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
        if (application.pendingEmail() == null || code == null || !application.pendingEmail().hasCode(hash(code))) {
            throw new ApplicationNotFoundException();
        }
        return application;
    }

    /** Confirms the new email address with the code of its link; UNKNOWN is answered as "not found". */
    public ConfirmationOutcome confirmEmail(UUID id, String code) {
        for (int attempt = 1;; attempt++) {
            Application application = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
            ConfirmationOutcome outcome = application.confirmEmail(code == null ? null : hash(code), Instant.now(clock));
            if (outcome == ConfirmationOutcome.UNKNOWN) {
                throw new ApplicationNotFoundException();
            }
            if (outcome == ConfirmationOutcome.EXPIRED) {
                return outcome;
            }
            try {
                applications.update(application);
                return outcome;
            } catch (WorkflowException e) {
                // A reviewer's change won the race: the confirmation does not depend on it, so read again.
                if (e.code() != WorkflowCode.CONCURRENT_CHANGE || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Whether the pending address's link has run out at this moment. */
    public boolean expired(Application application) {
        return application.pendingEmail() != null && application.pendingEmail().expiredAt(Instant.now(clock));
    }

    private String confirmationLink(UUID id, String code) {
        return baseUrl + "/status/" + id + "/email-confirmation?code=" + code;
    }

    static String newCode() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the code, hex: what the application keeps. A 256-bit random code needs no salt or slow hash. */
    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public String tokenFor(UUID id) {
        return tokens.tokenFor(id);
    }
}
