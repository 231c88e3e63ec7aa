package se.icld.gendernetwork.review;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import se.icld.gendernetwork.review.workflow.DecisionGrace;

/**
 * The decision grace period in tests: {@code review.decision.grace-period} (0s in the tests' context,
 * so decisions are announced at once), which a test of the grace period may set (and must reset).
 */
public class MutableGrace implements DecisionGrace {

    private final Duration configured;
    private final AtomicReference<Duration> grace;

    public MutableGrace(Duration configured) {
        this.configured = configured;
        this.grace = new AtomicReference<>(configured);
    }

    public void set(Duration to) {
        grace.set(to);
    }

    public void reset() {
        grace.set(configured);
    }

    @Override
    public Duration gracePeriod() {
        return grace.get();
    }
}
