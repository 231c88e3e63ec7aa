package se.icld.gendernetwork.review.workflow;

import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.Eligibility;

/**
 * The {@link Eligibility} of a partnership application now: the network application it was linked to at
 * registration (or, when none was found then, the one its reference names now), read afresh, and whether
 * that one's call has the network's question set (a call no longer configured counts by its answers: one
 * without partnership answers is a network application).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PartnershipEligibility {

    private final Applications applications;
    private final Calls calls;

    /** The eligibility of {@code application}, or empty for a network application (nothing to check). */
    public Optional<Eligibility> of(Application application) {
        var partnership = application.partnership();
        if (partnership == null) {
            return Optional.empty();
        }
        Application earlier = (partnership.linked()
                ? applications.find(UUID.fromString(partnership.earlierApplicationId()))
                : applications.findByReference(partnership.networkReference())).orElse(null);
        boolean network = earlier != null && calls.find(earlier.callId()).map(Call::questions)
                .map(q -> q == Call.Questions.NETWORK).orElse(earlier.partnership() == null);
        return Optional.of(Eligibility.of(application, earlier, network));
    }
}
