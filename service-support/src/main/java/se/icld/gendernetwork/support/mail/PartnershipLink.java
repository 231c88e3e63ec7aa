package se.icld.gendernetwork.support.mail;

import java.time.Instant;
import java.util.Optional;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;

/**
 * The one rule for the partnership programme's link in an acceptance email ({@link MailModel#partnershipUrl()}),
 * shared by notification-service, which sends it, and review-service, which previews it: an application to
 * a call with the network's question set, ACCEPTED, while a call with the partnership question set is
 * configured and not closed at {@code now} (the first such call in the list), gets
 * {@link MailModel#partnershipFormUrl intake's form for that call, pre-filled with its reference}.
 */
public final class PartnershipLink {

    private PartnershipLink() {
    }

    /** The link, or empty (another outcome or call, or no partnership call taking applications). */
    public static Optional<String> of(Calls calls, String callId, String outcome, String reference, String formBaseUrl,
            Instant now) {
        boolean network = calls.find(callId).map(c -> c.questions() == Call.Questions.NETWORK).orElse(false);
        if (!network || !"ACCEPTED".equals(outcome) || reference == null) {
            return Optional.empty();
        }
        return calls.all().stream()
                .filter(c -> c.questions() == Call.Questions.PARTNERSHIP && c.phaseAt(now) != Call.Phase.AFTER)
                .findFirst()
                .map(c -> MailModel.partnershipFormUrl(formBaseUrl, c.id(), reference));
    }
}
