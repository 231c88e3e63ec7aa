package se.icld.gendernetwork.intake.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.submission.SubmissionContent;
import se.icld.gendernetwork.contracts.submission.SubmissionRules;
import se.icld.gendernetwork.contracts.submission.Violation;
import se.icld.gendernetwork.intake.PrivacyNoticeProperties;
import se.icld.gendernetwork.intake.StatusLinkProperties;
import se.icld.gendernetwork.intake.calls.CallNotOpenException;

/**
 * Accepts a submission: normalises it, checks it against the shared {@link SubmissionRules} of its
 * call (the call's eligible countries and question set; the partnership programme's call, which asks
 * for no workshops, takes a request without {@code workshops} as none asked for),
 * derives its ids from its content (and its {@code Idempotency-Key}, if any: {@link SubmissionIds}),
 * publishes it and returns the receipt. Owns no database and remembers nothing: the same key with
 * the same content is the same application on every replica and at any age; the same key with
 * other content is an application of its own, with a token that opens only it.
 *
 * <p>The consent is recorded with the privacy notice the service shows ({@code intake.privacy-notice.version}):
 * a request without a notice version gets that one; a request naming another (an old page, a client
 * that chose its own) is refused with a field error on {@code consent.noticeVersion} rather than
 * silently rewritten, because the applicant behind it may have read another text than the one that
 * would be recorded. The one exception: to a network call, an earlier version whose text still covers
 * all that call asks ({@code intake.privacy-notice.earlier-network-versions}) is recorded as sent.
 */
@Service
public class Submissions {

    private final SubmissionPublisher publisher;
    /** The rules of each call, by call id. */
    private final Map<String, SubmissionRules> rules;
    private final String noticeVersion;
    private final StatusToken statusToken;
    private final String statusBaseUrl;
    private final Clock clock;
    private final Calls calls;

    Submissions(SubmissionPublisher publisher, PrivacyNoticeProperties notice, StatusLinkProperties status,
            Optional<Clock> clock, Calls calls) {
        this.publisher = publisher;
        this.calls = calls;
        this.noticeVersion = notice.version();
        Set<String> networkVersions = new java.util.HashSet<>(notice.earlierNetworkVersions());
        networkVersions.add(noticeVersion);
        this.rules = calls.all().stream().collect(Collectors.toUnmodifiableMap(Call::id,
                call -> SubmissionRules.forCall(call, call.questions() == Call.Questions.NETWORK
                        ? Set.copyOf(networkVersions) : Set.of(noticeVersion))));
        this.statusToken = new StatusToken(status.secret());
        this.statusBaseUrl = status.baseUrl().replaceAll("/+$", "");
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The version of the privacy notice the service shows, the only one a consent is recorded with. */
    public String noticeVersion() {
        return noticeVersion;
    }

    /** The rules {@code request} breaks once normalised (an unknown {@code callId} included); empty when it can be submitted. */
    public List<Violation> violations(SubmissionRequest request) {
        return check(request, callOf(request));
    }

    /** The call {@code request} names (none: the default call); null for an unknown one. */
    private Call callOf(SubmissionRequest request) {
        return request.callId() == null ? calls.defaultCall() : calls.find(request.callId().strip()).orElse(null);
    }

    /** The values {@code request} stands for to {@code call}, normalised. */
    private SubmissionContent content(SubmissionRequest request, Call call) {
        SubmissionRequest completed = request.withNoticeVersionIfAbsent(noticeVersion);
        if (call.questions() == Call.Questions.PARTNERSHIP) {
            completed = completed.withPartnershipDefaults();
        }
        return completed.content().normalised();
    }

    /** The rules of {@code call} (null: unknown, then judged by the default call's, plus a {@code callId} violation). */
    private List<Violation> check(SubmissionRequest request, Call call) {
        Call judging = call == null ? calls.defaultCall() : call;
        List<Violation> violations = new ArrayList<>(rules.get(judging.id()).check(content(request, judging)));
        if (request.partnershipInterest() == null && judging.questions() == Call.Questions.NETWORK) {
            // A network call asks it; only the partnership programme's call fills it in.
            violations.add(new Violation("partnershipInterest", Violation.Code.REQUIRED));
        }
        if (call == null) {
            violations.add(new Violation("callId", Violation.Code.UNKNOWN_VALUE));
        }
        return List.copyOf(violations);
    }

    /**
     * @throws InvalidSubmissionException the normalised submission breaks a rule (an unknown {@code callId} included)
     * @throws CallNotOpenException the call is not open now (before its opening, after its closing)
     * @throws PublishFailedException the broker did not acknowledge in time (it may still write the
     *         record later: a retry with the same key and body is the same application)
     */
    public Receipt submit(SubmissionRequest request, Optional<String> idempotencyKey) {
        Call call = callOf(request);
        List<Violation> violations = check(request, call);
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        SubmissionContent content = content(request, call);
        // The call's deadline is intake's to apply, at acceptance: the event records the call, and
        // review registers it whenever it consumes it.
        Instant now = Instant.now(clock);
        Call.Phase phase = call.phaseAt(now);
        if (phase != Call.Phase.OPEN) {
            throw new CallNotOpenException(call, phase);
        }
        String contentHash = content.contentHash(call.id());
        UUID id = SubmissionIds.submissionId(idempotencyKey, contentHash);
        String reference = References.of(id);

        publisher.publish(content.toEvent(SubmissionIds.eventId(id), now, id, reference, contentHash, call.id()));

        String token = statusToken.tokenFor(id);
        return new Receipt(id, reference,
                statusBaseUrl + "/status/" + id + "?token=" + token,
                statusBaseUrl + "/api/v1/applications/" + id + "/status?token=" + token);
    }
}
