package se.icld.gendernetwork.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Decision settings ({@code review.decision.*}).
 *
 * @param gracePeriod how long a decision's event (and so the applicant's email) is held in the outbox,
 *        during which the reviewer who decided or an admin can take it back
 *        ({@code REVIEW_DECISION_GRACE_PERIOD}); {@code 0s}: announced at once, no taking back
 */
@ConfigurationProperties("review.decision")
public record DecisionProperties(@DefaultValue("10m") Duration gracePeriod) {

    public DecisionProperties {
        if (gracePeriod == null || gracePeriod.isNegative()) {
            throw new IllegalArgumentException("review.decision.grace-period must be zero or positive");
        }
    }
}
