package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * How the console's history writes a correction: the changed fields in the reader's words, and a new
 * email address as requested (it changes only once confirmed), also in entries written before the
 * history named it {@code pendingEmail}.
 */
class ConsoleViewsTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("review-messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void theChangedFieldsAreNamedInTheReadersWords() {
        assertThat(ConsoleViews.correctedFields("applicant.position,motivation", Locale.ENGLISH, MESSAGES))
                .isEqualTo("Changed: Position, Motivation");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pendingEmail                       | en | Changed: Email (new address requested; used once confirmed)
            applicant.email                    | en | Changed: Email (new address requested; used once confirmed)
            applicant.position,pendingEmail    | es | Cambió: Cargo, Correo electrónico (nueva dirección solicitada; se usa una vez confirmada)
            pendingEmail                       | sv | Ändrat: E-post (ny adress begärd; används när den har bekräftats)
            """)
    void aNewEmailAddressReadsAsRequestedNotAsChanged(String detail, String language, String expected) {
        assertThat(ConsoleViews.correctedFields(detail, Locale.forLanguageTag(language), MESSAGES)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            decision-waitlisted (es)            | en | Decision: waitlisted (Español)
            receipt (sv): SMTP 550 5.1.1        | es | Acuse de recibo (Svenska): SMTP 550 5.1.1
            erasure-confirmation (en)           | sv | Bekräftelse av radering (English)
            something else                      | en | something else
            """)
    void aDeliveryReportReadsInPlainWords(String detail, String language, String expected) {
        assertThat(ConsoleViews.emailDetail(detail, Locale.forLanguageTag(language), MESSAGES)).isEqualTo(expected);
    }

    @Test
    void theQueuesPreviewIsTheMotivationsStartCutAtAWord() {
        assertThat(ConsoleViews.preview("  Short\n\n motivation. ")).isEqualTo("Short motivation.");
        String words = "palabra ".repeat(40);
        String preview = ConsoleViews.preview(words);
        assertThat(preview).endsWith("palabra…").hasSizeLessThanOrEqualTo(ConsoleViews.PREVIEW + 1);
        assertThat(ConsoleViews.preview("x".repeat(300))).isEqualTo("x".repeat(ConsoleViews.PREVIEW) + "…");
        assertThat(ConsoleViews.preview(null)).isEmpty();
    }

    private static final java.time.Instant T0 = java.time.Instant.parse("2026-12-01T10:00:00Z");
    private static final java.time.Duration LEASE = java.time.Duration.ofMinutes(30);
    private static final ConsoleTime TIME = new ConsoleTime(Locale.ENGLISH, java.time.ZoneId.of("Europe/Stockholm"));

    private static se.icld.gendernetwork.review.application.Application received() {
        return se.icld.gendernetwork.review.application.Application.register(
                se.icld.gendernetwork.review.application.Submissions.submission(java.util.UUID.randomUUID(), T0), T0);
    }

    private static ConsoleViews.Detail detail(se.icld.gendernetwork.review.application.Application a, String me,
            java.time.Instant now) {
        return ConsoleViews.Detail.of(a, me, now, TIME, MESSAGES);
    }

    @Test
    void theDetailOffersOnlyTheActionsTheReaderMayTake() {
        var a = received();
        assertThat(detail(a, "alice", T0)).extracting(ConsoleViews.Detail::canClaim, ConsoleViews.Detail::canDecide,
                ConsoleViews.Detail::canRequestInformation).containsExactly(true, false, false);

        a.claim("alice", T0, LEASE);
        assertThat(detail(a, "alice", T0)).extracting(ConsoleViews.Detail::canClaim, ConsoleViews.Detail::claimedByMe,
                ConsoleViews.Detail::canDecide, ConsoleViews.Detail::canRequestInformation)
                .containsExactly(false, true, true, true);
        // Someone else's live claim: nothing to do but read; once it ran out, a claim again.
        assertThat(detail(a, "bob", T0)).extracting(ConsoleViews.Detail::canClaim, ConsoleViews.Detail::canDecide,
                ConsoleViews.Detail::canRequestInformation).containsExactly(false, false, false);
        assertThat(detail(a, "bob", T0.plus(LEASE))).extracting(ConsoleViews.Detail::canClaim,
                ConsoleViews.Detail::canDecide).containsExactly(true, false);
        // Conflicted: nothing, whoever holds the claim.
        a.declareConflict("carol", "my sister", "carol", T0);
        assertThat(detail(a, "carol", T0.plus(LEASE))).extracting(ConsoleViews.Detail::canClaim,
                ConsoleViews.Detail::canDecide).containsExactly(false, false);

        // Waitlisted: only ACCEPTED, by whoever claims it again; never a question.
        a.decide("alice", se.icld.gendernetwork.review.application.Status.WAITLISTED, null, T0);
        assertThat(detail(a, "alice", T0)).extracting(ConsoleViews.Detail::canClaim, ConsoleViews.Detail::canDecide)
                .containsExactly(true, false);
        a.claim("alice", T0, LEASE);
        ConsoleViews.Detail waitlisted = detail(a, "alice", T0);
        assertThat(waitlisted.canDecide()).isTrue();
        assertThat(waitlisted.canRequestInformation()).isFalse();
        assertThat(waitlisted.outcomes()).containsExactly(se.icld.gendernetwork.review.application.Status.ACCEPTED);

        // Accepted: nothing at all.
        a.decide("alice", se.icld.gendernetwork.review.application.Status.ACCEPTED, null, T0);
        assertThat(detail(a, "alice", T0)).extracting(ConsoleViews.Detail::canClaim, ConsoleViews.Detail::claimedByMe,
                ConsoleViews.Detail::canDecide, ConsoleViews.Detail::canRequestInformation)
                .containsExactly(false, false, false, false);
    }

    @Test
    void theDetailsTimesAreInTheReadersZoneNamed() {
        var a = received();
        assertThat(detail(a, "alice", T0).submittedAt()).isEqualTo("Dec 1, 2026, 11:00\u202fAM CET".replace('\u202f', ' '))
                .as("CLDR puts a narrow space before AM; either way the zone is named");
    }
}
