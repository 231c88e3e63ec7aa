package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.icld.gendernetwork.contracts.review.ApplicationEvent.Envelope;
import se.icld.gendernetwork.contracts.review.ApplicationEvent.MunicipalityRef;
import se.icld.gendernetwork.contracts.review.ApplicationEvent.Recipient;
import se.icld.gendernetwork.contracts.review.ApplicationRegistered;
import se.icld.gendernetwork.contracts.review.ApplicationWithdrawn;
import se.icld.gendernetwork.contracts.review.DecisionMade;
import se.icld.gendernetwork.contracts.review.EmailChangeRequested;
import se.icld.gendernetwork.contracts.review.InformationRequested;

/** Which email an event calls for, in which language, showing what: one rule per test, no Spring. */
class NoticeTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final MunicipalityRef PANAJACHEL = new MunicipalityRef("Panajachel", "Sololá", "GT");
    private static final String LINK = "http://review.test/status/x?token=t";

    private static Recipient in(String language) {
        return new Recipient("María López", "maria@example.org", language);
    }

    /** The envelope of an event of application GEN-1 to María López, in {@code language}. */
    private static Envelope to(String language) {
        return new Envelope(ID, AT, ID, "GEN-1", in(language), PANAJACHEL);
    }

    @Test
    void aRegistrationCallsForTheReceiptWithoutAMessage() {
        Notice notice = Notice.of(new ApplicationRegistered(to("sv"), null), LINK);
        assertThat(notice.template().wire()).isEqualTo("receipt");
        assertThat(notice.language()).isEqualTo("sv");
        assertThat(notice.model()).isEqualTo(new se.icld.gendernetwork.support.mail.MailModel("María López", "GEN-1", "Panajachel", "Sololá", "GT", null, LINK, null));
    }

    @Test
    void anEmailChangeCallsForTheConfirmationToTheNewAddressWithItsLink() {
        String confirm = "http://review.test/status/x/email-confirmation?code=c";
        Envelope toTheNewAddress = new Envelope(ID, AT, ID, "GEN-1", new Recipient("María López", "maria@panajachel.gob.gt", "en"),
                PANAJACHEL);
        Notice notice = Notice.of(new EmailChangeRequested(toTheNewAddress, confirm, AT.plusSeconds(172_800), null), LINK);
        assertThat(notice.template().wire()).isEqualTo("email-confirmation");
        assertThat(notice.language()).isEqualTo("en");
        assertThat(notice.model().confirmationUrl()).isEqualTo(confirm);
        assertThat(notice.model().message()).isNull();
    }

    @Test
    void anInformationRequestCarriesTheReviewersQuestion() {
        Notice notice = Notice.of(new InformationRequested(to("en"), "Which office?", null), LINK);
        assertThat(notice.template().wire()).isEqualTo("information-request");
        assertThat(notice.model().message()).isEqualTo("Which office?");
    }

    @ParameterizedTest
    @CsvSource({"ACCEPTED, decision-accepted", "WAITLISTED, decision-waitlisted", "REJECTED, decision-rejected"})
    void aDecisionCallsForTheTemplateOfItsOutcome(String outcome, String template) {
        assertThat(Notice.of(new DecisionMade(to("es"), outcome, "Gracias", null), LINK).template().wire())
                .isEqualTo(template);
    }

    @Test
    void aDecisionWithAnUnknownOutcomeCallsForNoEmail() {
        assertThatThrownBy(() -> Notice.of(new DecisionMade(to("es"), "MAYBE", null, null), LINK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDecisionWithoutAnOutcomeCallsForNoEmail() {
        assertThatThrownBy(() -> Notice.of(new DecisionMade(to("es"), null, null, null), LINK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWithdrawalCallsForItsConfirmation() {
        assertThat(Notice.of(new ApplicationWithdrawn(to("es"), null), LINK).template().wire())
                .isEqualTo("withdrawal");
    }

    @Test
    void aBlankMessageIsNoMessage() {
        assertThat(Notice.of(new DecisionMade(to("es"), "REJECTED", "  ", null), LINK).model().message())
                .isNull();
    }

    @ParameterizedTest
    @CsvSource(value = {"fr", "ES", "''", "NULL"}, nullValues = "NULL")
    void anUnknownLanguageFallsBackToSpanish(String language) {
        assertThat(Notice.of(new ApplicationRegistered(to(language), null), LINK).language())
                .isEqualTo("es");
    }
}
