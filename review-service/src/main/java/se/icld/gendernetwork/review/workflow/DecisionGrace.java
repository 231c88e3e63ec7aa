package se.icld.gendernetwork.review.workflow;

import java.time.Duration;

import org.springframework.stereotype.Component;

import se.icld.gendernetwork.review.DecisionProperties;

/**
 * How long a decision's email is held, during which the decision can be taken back: the service's
 * {@code review.decision.grace-period} (zero: announced at once, never held).
 */
public interface DecisionGrace {

    Duration gracePeriod();

    /** The configured grace period. */
    @Component
    class Configured implements DecisionGrace {

        private final Duration grace;

        Configured(DecisionProperties properties) {
            this.grace = properties.gracePeriod();
        }

        @Override
        public Duration gracePeriod() {
            return grace;
        }
    }
}
