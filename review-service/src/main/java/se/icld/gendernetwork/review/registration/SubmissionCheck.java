package se.icld.gendernetwork.review.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.submission.SubmissionContent;
import se.icld.gendernetwork.contracts.submission.SubmissionRules;
import se.icld.gendernetwork.contracts.submission.Violation;

/**
 * Re-validates a submission event: the topic is untrusted input, whoever wrote it. The values are
 * judged by the same {@link SubmissionRules} intake applies, as they are carried (intake publishes
 * them normalised; anything else is refused), plus the envelope. The rules are those of the event's
 * call ({@link SubmissionRules#forCall}: its eligible countries, its question set); an event to a call
 * this service does not know is refused ({@code callId:unknown-value}). A failure lists the offending
 * fields and codes, never their values.
 */
final class SubmissionCheck {

    private static final Pattern REFERENCE = Pattern.compile("GEN-[0-9A-Z]{4}-[0-9A-Z]{4}");
    private static final Pattern CONTENT_HASH = Pattern.compile("[0-9a-f]{64}");

    /** The rules of each call, by call id. */
    private final Map<String, SubmissionRules> rules;

    SubmissionCheck(Calls calls, Set<String> noticeVersions) {
        this.rules = calls.all().stream()
                .collect(Collectors.toUnmodifiableMap(Call::id, call -> SubmissionRules.forCall(call, noticeVersions)));
    }

    /** The default call alone, with the network's question set and {@code eligibleCountries}. */
    SubmissionCheck(Set<String> eligibleCountries, Set<String> noticeVersions) {
        this.rules = Map.of(Calls.DEFAULT_CALL, new SubmissionRules(eligibleCountries, noticeVersions));
    }

    /** @throws InvalidSubmissionException the event can never become an application */
    void check(InterestSubmitted s) {
        if (s == null) {
            throw new InvalidSubmissionException("empty submission");
        }
        List<String> bad = new ArrayList<>();
        if (s.eventId() == null) {
            bad.add("eventId:required");
        }
        if (s.submissionId() == null) {
            bad.add("submissionId:required");
        }
        if (s.occurredAt() == null) {
            bad.add("occurredAt:required");
        }
        if (s.reference() == null || !REFERENCE.matcher(s.reference()).matches()) {
            bad.add("reference:invalid");
        }
        if (s.contentHash() == null || !CONTENT_HASH.matcher(s.contentHash()).matches()) {
            bad.add("contentHash:invalid");
        }
        SubmissionRules callRules = rules.get(s.callId());
        if (callRules == null) {
            bad.add("callId:" + Violation.Code.UNKNOWN_VALUE.code());
        } else {
            for (Violation violation : callRules.check(SubmissionContent.of(s))) {
                bad.add(violation.toString());
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidSubmissionException("invalid fields: " + String.join(", ", bad));
        }
    }
}
