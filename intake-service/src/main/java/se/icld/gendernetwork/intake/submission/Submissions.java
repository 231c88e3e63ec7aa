package se.icld.gendernetwork.intake.submission;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.intake.IntakeProperties;
import se.icld.gendernetwork.intake.StatusLinkProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts a validated submission: assigns its id (derived from the {@code Idempotency-Key} when
 * there is one), publishes it and returns the receipt. Owns no database: a repeated key within
 * {@code intake.idempotency-ttl} is recognised on this instance; beyond that, review-service keeps
 * the first application with that id.
 */
@Service
public class Submissions {

    private final SubmissionPublisher publisher;
    private final StatusToken statusToken;
    private final String statusBaseUrl;
    private final JsonMapper json;
    private final Clock clock;
    private final Cache<String, String> keys;

    Submissions(SubmissionPublisher publisher, IntakeProperties properties, StatusLinkProperties status,
            JsonMapper json, Optional<Clock> clock) {
        this.publisher = publisher;
        this.statusToken = new StatusToken(status.secret());
        this.statusBaseUrl = status.baseUrl().replaceAll("/+$", "");
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
        this.keys = Caffeine.newBuilder()
                .expireAfterWrite(properties.idempotencyTtl())
                .maximumSize(100_000)
                .build();
    }

    /**
     * @throws IdempotencyConflictException the key was used for another submission
     * @throws PublishFailedException the broker did not acknowledge in time (nothing to undo)
     */
    public Receipt submit(SubmissionRequest request, Optional<String> idempotencyKey) {
        String contentHash = HexFormat.of().formatHex(References.sha256(json.writeValueAsString(request)));
        idempotencyKey.ifPresent(key -> {
            String known = keys.getIfPresent(key);
            if (known != null && !known.equals(contentHash)) {
                throw new IdempotencyConflictException();
            }
        });
        UUID id = idempotencyKey
                .map(key -> UUID.nameUUIDFromBytes(("submission:" + key).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(UUID::randomUUID);
        String reference = References.of(id);

        publisher.publish(toEvent(request, id, reference, contentHash));

        idempotencyKey.ifPresent(key -> keys.put(key, contentHash));
        String token = statusToken.tokenFor(id);
        return new Receipt(id, reference,
                statusBaseUrl + "/status/" + id + "?token=" + token,
                statusBaseUrl + "/api/v1/applications/" + id + "/status?token=" + token);
    }

    private InterestSubmitted toEvent(SubmissionRequest r, UUID id, String reference, String contentHash) {
        var a = r.applicant();
        var m = r.municipality();
        return new InterestSubmitted(
                UUID.randomUUID(),
                Instant.now(clock),
                id,
                reference,
                contentHash,
                new InterestSubmitted.Applicant(a.fullName().strip(), a.email().strip(), blankToNull(a.phone()),
                        a.position().strip(), a.language()),
                new InterestSubmitted.Municipality(m.name().strip(), m.region().strip(), m.country()),
                r.motivation().strip(),
                r.focusAreas().stream().map(Enum::name).toList(),
                new InterestSubmitted.Workshops(r.workshops().local(), r.workshops().sweden()),
                r.partnershipInterest(),
                r.mentorshipInterest(),
                new InterestSubmitted.Consent(r.consent().dataProcessing(), r.consent().noticeVersion()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
