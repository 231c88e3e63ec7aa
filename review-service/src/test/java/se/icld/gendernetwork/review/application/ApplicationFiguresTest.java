package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.application.ApplicationFigures.DecisionTime;

/** The overview's ranges of time to decision: each from its lower bound (included) to the next. */
class ApplicationFiguresTest {

    @Test
    void aTimeFallsInTheRangeThatStartsAtOrBeforeIt() {
        assertThat(DecisionTime.of(Duration.ZERO)).isEqualTo(DecisionTime.UNDER_1_DAY);
        assertThat(DecisionTime.of(Duration.ofDays(1).minusMillis(1))).isEqualTo(DecisionTime.UNDER_1_DAY);
        assertThat(DecisionTime.of(Duration.ofDays(1))).isEqualTo(DecisionTime.DAYS_1_TO_3);
        assertThat(DecisionTime.of(Duration.ofDays(3))).isEqualTo(DecisionTime.DAYS_3_TO_7);
        assertThat(DecisionTime.of(Duration.ofDays(13))).isEqualTo(DecisionTime.DAYS_7_TO_14);
        assertThat(DecisionTime.of(Duration.ofDays(29))).isEqualTo(DecisionTime.DAYS_14_TO_30);
        assertThat(DecisionTime.of(Duration.ofDays(30))).isEqualTo(DecisionTime.OVER_30_DAYS);
        assertThat(DecisionTime.of(Duration.ofDays(400))).isEqualTo(DecisionTime.OVER_30_DAYS);
    }

    @Test
    void aNegativeTimeAClocksSkewIsInTheFirstRange() {
        assertThat(DecisionTime.of(Duration.ofMinutes(-5))).isEqualTo(DecisionTime.UNDER_1_DAY);
    }

    @Test
    void theRangesAreInOrderAndOnlyTheLastIsOpen() {
        Duration previous = Duration.ZERO;
        for (DecisionTime t : DecisionTime.values()) {
            if (t == DecisionTime.OVER_30_DAYS) {
                assertThat(t.below()).isNull();
            } else {
                assertThat(t.below()).isGreaterThan(previous);
                previous = t.below();
            }
        }
    }
}
