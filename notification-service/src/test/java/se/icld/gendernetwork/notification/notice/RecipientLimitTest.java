package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The per-recipient limit on receipts: the rule, the key it counts under, the counter's life. No Spring. */
class RecipientLimitTest {

    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
    private final RecipientLimit limit = new RecipientLimit(5, "secret");

    @Test
    void fiveReceiptsADayGoAndTheSixthDoesNot() {
        assertThat(limit.allows(1)).isTrue();
        assertThat(limit.allows(5)).isTrue();
        assertThat(limit.allows(6)).isFalse();
    }

    @Test
    void onlyReceiptsAreLimited() {
        assertThat(RecipientLimit.applies(Template.RECEIPT)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Template.class, names = "RECEIPT", mode = EnumSource.Mode.EXCLUDE)
    void decisionsInformationRequestsAndWithdrawalsAreNeverLimited(Template template) {
        assertThat(RecipientLimit.applies(template)).isFalse();
    }

    @Test
    void oneAddressHoweverWrittenIsOneCounter() {
        String key = limit.counterKey("ana@example.org", NOON);
        assertThat(limit.counterKey("  Ana@Example.ORG ", NOON)).isEqualTo(key);
        assertThat(limit.counterKey("ana+again@example.org", NOON)).isEqualTo(key);
        assertThat(limit.counterKey("bea@example.org", NOON)).isNotEqualTo(key);
    }

    @Test
    void theKeyHoldsNoAddressAndChangesWithTheDayAndTheSecret() {
        String key = limit.counterKey("ana@example.org", NOON);
        assertThat(key).doesNotContainIgnoringCase("ana").doesNotContain("example").matches("[0-9a-f]{64}:2026-12-02");
        assertThat(limit.counterKey("ana@example.org", Instant.parse("2026-12-02T23:59:59Z"))).isEqualTo(key);
        assertThat(limit.counterKey("ana@example.org", Instant.parse("2026-12-03T00:00:00Z"))).isNotEqualTo(key);
        assertThat(new RecipientLimit(5, "another").counterKey("ana@example.org", NOON)).isNotEqualTo(key);
    }

    @Test
    void aCounterExpiresAfterTheEndOfItsDay() {
        assertThat(RecipientLimit.expiry(NOON)).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void theLimitIsAtLeastOne() {
        assertThatThrownBy(() -> new RecipientLimit(-1, "secret")).isInstanceOf(IllegalArgumentException.class);
    }
}
