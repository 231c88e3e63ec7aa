package se.icld.gendernetwork.review.console;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.ReviewTestSupport;

/** The pages' tests share review's one Spring context; this adds applications with a chosen face. */
abstract class PageTestSupport extends ReviewTestSupport {

    /**
     * Registers an application from the golden sample, with this applicant name, municipality and
     * language, submitted {@code age} ago; returns its id.
     */
    protected UUID registerApplication(String fullName, String municipality, String language, Duration age) {
        UUID id = UUID.randomUUID();
        String body = submissionJson(id)
                .replace("María López", fullName)
                .replace("\"Panajachel\"", "\"" + municipality + "\"")
                .replace("\"preferredLanguage\": \"es\"", "\"preferredLanguage\": \"" + language + "\"");
        InterestSubmitted s = json.readValue(body, InterestSubmitted.class);
        registrations.register(new InterestSubmitted(s.eventId(),
                Instant.now().minus(age).truncatedTo(ChronoUnit.MILLIS), id, s.reference(), s.contentHash(),
                s.applicant(), s.municipality(), s.motivation(), s.focusAreas(), s.workshops(),
                s.partnershipInterest(), s.mentorshipInterest(), s.consent()));
        return id;
    }

    protected static String token(UUID id) {
        return new StatusToken(SECRET).tokenFor(id);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A name nobody else's test uses, so queue filters find exactly one application. */
    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
