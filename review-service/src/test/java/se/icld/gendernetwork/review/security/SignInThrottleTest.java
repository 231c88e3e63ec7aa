package se.icld.gendernetwork.review.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.MutableClock;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SecurityProperties.SignIn(5, 20, Duration.ofMinutes(15)), clock);

    @Test
    void anAccountIsRefusedAfterItsLimitOfFailuresFromAnyClientUntilTheWindowPasses() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("alice", "10.0.0." + i)).isEqualTo(SignInThrottle.Reached.NONE);
            assertThat(throttle.refused("alice", "10.0.0.99")).isFalse();
        }
        assertThat(throttle.failed("Alice ", "10.0.0.5")).isEqualTo(SignInThrottle.Reached.ACCOUNT);

        assertThat(throttle.refused("alice", "10.0.0.99")).isTrue();
        assertThat(throttle.refused("ALICE", "192.0.2.1")).isTrue();
        assertThat(throttle.refused("bob", "10.0.0.99")).isFalse();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.refused("alice", "10.0.0.99")).isTrue();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.refused("alice", "10.0.0.99")).isFalse();
    }

    @Test
    void theWindowStartsWithTheFirstFailureAndLaterFailuresDoNotExtendIt() {
        throttle.failed("carol", "10.0.1.1");
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 4; i++) {
            throttle.failed("carol", "10.0.1.1");
        }
        assertThat(throttle.refused("carol", "10.0.1.1")).isTrue();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(throttle.refused("carol", "10.0.1.1")).isFalse();
    }

    @Test
    void theLimitIsReportedOncePerWindowAndAfterItTheAccountHasItsWholeAllowanceAgain() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("erin", "10.0.3.1");
        }
        assertThat(throttle.failed("erin", "10.0.3.1")).isEqualTo(SignInThrottle.Reached.ACCOUNT);
        // Failures while refused (counted by nobody: the filter refuses before the check) report nothing new.
        assertThat(throttle.failed("erin", "10.0.3.1")).isEqualTo(SignInThrottle.Reached.NONE);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.refused("erin", "10.0.3.1")).isFalse();
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("erin", "10.0.3.1")).isEqualTo(SignInThrottle.Reached.NONE);
            assertThat(throttle.refused("erin", "10.0.3.1")).isFalse();
        }
        assertThat(throttle.failed("erin", "10.0.3.1")).isEqualTo(SignInThrottle.Reached.ACCOUNT);
        assertThat(throttle.refused("erin", "10.0.3.1")).isTrue();
    }

    @Test
    void aClientIsRefusedAfterItsLimitWhateverAccountsItTried() {
        for (int i = 1; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThat(throttle.refused("someone-else", "203.0.113.7")).isFalse();
        assertThat(throttle.failed("user20", "203.0.113.7")).isEqualTo(SignInThrottle.Reached.CLIENT);

        assertThat(throttle.refused("someone-else", "203.0.113.7")).isTrue();
        assertThat(throttle.refused("someone-else", "203.0.113.8")).isFalse();
    }

    @Test
    void unknownNamesAndAddressesAreNotThrottledTogether() {
        for (int i = 0; i < 30; i++) {
            throttle.failed(null, null);
            throttle.failed("  ", null);
        }
        assertThat(throttle.refused(null, null)).isFalse();
        assertThat(throttle.refused("dave", "10.0.2.1")).isFalse();
    }

    @Test
    void aUserNameIsLoggedOnOneLineAndCut() {
        assertThat(SignInFailures.printable("eve\r\nFAKE LOG LINE")).isEqualTo("eve??FAKE LOG LINE");
        assertThat(SignInFailures.printable("x".repeat(100))).hasSize(65).endsWith("…");
        assertThat(SignInThrottleFilter.basicUsername("Basic " + java.util.Base64.getEncoder()
                .encodeToString("ana:secret:with:colons".getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo("ana");
        assertThat(SignInThrottleFilter.basicUsername("Basic !!!")).isNull();
        assertThat(SignInThrottleFilter.basicUsername("Bearer abc")).isNull();
    }
}
