package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.contracts.review.ApplicationEvent.Envelope;
import se.icld.gendernetwork.contracts.review.ApplicationEvent.MunicipalityRef;
import se.icld.gendernetwork.contracts.review.ApplicationEvent.Recipient;
import se.icld.gendernetwork.contracts.review.ApplicationRegistered;
import se.icld.gendernetwork.contracts.review.DecisionMade;
import se.icld.gendernetwork.contracts.review.EmailChangeRequested;
import se.icld.gendernetwork.contracts.review.ErasureRequested;
import se.icld.gendernetwork.contracts.review.MentorAssigned;
import se.icld.gendernetwork.notification.IntakeFormProperties;
import se.icld.gendernetwork.notification.NotificationProperties;
import se.icld.gendernetwork.notification.StatusLinkProperties;
import se.icld.gendernetwork.notification.notice.mail.MailComposer;
import se.icld.gendernetwork.notification.notice.mail.RenderedMail;
import se.icld.gendernetwork.support.TraceContexts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partnership programme's emails, rendered from the event as notification sends them (no Spring):
 * the mentor's notice, and the partnership form's link in the acceptance of a network application.
 */
class PartnershipEmailsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID ID = UUID.randomUUID();
    private static final MunicipalityRef PANAJACHEL = new MunicipalityRef("Panajachel", "Sololá", "GT");
    private static final String FORM = "http://intake.test/";
    private static final String LINK = "http://intake.test/?call=partnership-2025&reference=GEN-7K3Q-9XDA";

    private final MailComposer composer = new MailComposer();
    private final JsonMapper json = JsonMapper.builder().build();

    private static Call call(String id, Call.Questions questions, Instant closesAt) {
        Map<String, String> text = Map.of("es", "T", "en", "T", "sv", "T");
        return new Call(id, text, text, Instant.parse("2024-01-01T00:00:00Z"), closesAt, ZoneId.of("America/Bogota"),
                Set.of("CO", "GT"), questions, List.of());
    }

    private static final Calls BOTH = new Calls(List.of(call("network-2024", Call.Questions.NETWORK, null),
            call("partnership-2025", Call.Questions.PARTNERSHIP, null)));

    private Notices notices(Calls calls) {
        DefaultListableBeanFactory none = new DefaultListableBeanFactory();
        return new Notices(new StatusLinkProperties("test-status-secret-of-enough-length", "http://review.test"),
                new NotificationProperties(null, null, null, null, null, null), composer, json,
                new TraceContexts(none.getBeanProvider(Tracer.class), none.getBeanProvider(Propagator.class)), calls,
                new IntakeFormProperties(FORM), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The email the event becomes, rendered again from its log entry as a send does. */
    private RenderedMail sent(Notices notices, ApplicationEvent event) {
        return notices.letterFor(notices.newEntry(event, NOW)).mail();
    }

    /** The envelope of a new event of application {@code reference}, to {@code recipient}. */
    private static Envelope to(String reference, Recipient recipient) {
        return new Envelope(UUID.randomUUID(), NOW, ID, reference, recipient, PANAJACHEL);
    }

    private static Recipient maria(String language) {
        return new Recipient("María López", "maria@example.org", language);
    }

    private static DecisionMade decision(String outcome, String language, String callId) {
        return new DecisionMade(to("GEN-7K3Q-9XDA", maria(language)), outcome, null, callId);
    }

    private static MentorAssigned mentor(String language, String email) {
        return new MentorAssigned(to("GEN-M4PZ-2WQT", maria(language)),
                new MentorAssigned.Mentor("Karin Lindqvist", "Uppsala kommun", email), "partnership-2025");
    }

    @ParameterizedTest
    @CsvSource({
            "es, Su mentor en el programa de asociaciones (GEN-M4PZ-2WQT), 'Organización o municipio: Uppsala kommun', 'Correo electrónico: karin@example.se'",
            "en, Your mentor in the partnership programme (GEN-M4PZ-2WQT), 'Organisation or municipality: Uppsala kommun', 'Email: karin@example.se'",
            "sv, Er mentor i partnerskapsprogrammet (GEN-M4PZ-2WQT), 'Organisation eller kommun: Uppsala kommun', 'E-post: karin@example.se'"})
    void theMentorsEmailNamesTheMentorInTheApplicantsLanguage(String language, String subject, String organisation,
            String email) {
        Notices notices = notices(BOTH);

        RenderedMail mail = sent(notices, mentor(language, "karin@example.se"));

        assertThat(notices.newEntry(mentor(language, null), NOW).template()).isEqualTo("mentor-assigned");
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.text()).contains("Karin Lindqvist", organisation, email, "Panajachel",
                "http://review.test/status/" + ID + "?token=");
        assertThat(mail.html()).contains("Karin Lindqvist", "Uppsala kommun", "mailto:karin@example.se");

        RenderedMail withoutEmail = sent(notices, mentor(language, null));
        assertThat(withoutEmail.text()).contains("Karin Lindqvist", organisation).doesNotContain(email, "null");
        assertThat(withoutEmail.html()).doesNotContain("mailto:");
    }

    @ParameterizedTest
    @CsvSource({
            "es, Su municipio puede ahora presentar una solicitud al programa de asociaciones, Solicitar al programa de asociaciones",
            "en, Your municipality can now apply to the municipal partnership programme, Apply to the partnership programme",
            "sv, Er kommun kan nu ansöka till det kommunala partnerskapsprogrammet, Ansök till partnerskapsprogrammet"})
    void theAcceptanceOfANetworkApplicationLinksToThePartnershipFormPrefilled(String language, String sentence,
            String button) {
        RenderedMail mail = sent(notices(BOTH), decision("ACCEPTED", language, "network-2024"));

        assertThat(mail.text()).contains(sentence, LINK);
        assertThat(mail.html()).contains(button, "href=\"" + LINK.replace("&", "&amp;") + "\"");
    }

    @Test
    void noLinkWithoutAnOpenPartnershipCallOrForAnyOtherEmail() {
        Calls closed = new Calls(List.of(call("network-2024", Call.Questions.NETWORK, null),
                call("partnership-2025", Call.Questions.PARTNERSHIP, NOW.minusSeconds(1))));
        Calls networkOnly = new Calls(List.of(call("network-2024", Call.Questions.NETWORK, null)));

        assertThat(sent(notices(closed), decision("ACCEPTED", "en", "network-2024")).text())
                .doesNotContain("partnership", "intake.test");
        assertThat(sent(notices(networkOnly), decision("ACCEPTED", "en", "network-2024")).text())
                .doesNotContain("intake.test");
        assertThat(sent(notices(BOTH), decision("WAITLISTED", "en", "network-2024")).text()).doesNotContain("intake.test");
        assertThat(sent(notices(BOTH), decision("ACCEPTED", "en", "partnership-2025")).text())
                .as("an accepted partnership application is not invited to apply again").doesNotContain("intake.test");
    }

    @ParameterizedTest
    @CsvSource({
            "es, Hemos recibido su solicitud al programa de asociaciones, Su solicitud al programa de asociaciones ha sido aceptada, con un municipio socio sueco",
            "en, We have received your application to the partnership programme, Your application to the partnership programme has been accepted, with a Swedish partner municipality",
            "sv, Vi har tagit emot er ansökan till partnerskapsprogrammet, Er ansökan till partnerskapsprogrammet har godkänts, med en svensk partnerkommun"})
    void aPartnershipApplicationsReceiptAndDecisionSpeakOfThePartnershipProgramme(String language, String receipt,
            String accepted, String partner) {
        Notices notices = notices(BOTH);
        ApplicationRegistered registered = new ApplicationRegistered(to("GEN-7K3Q-9XDA", maria(language)),
                "partnership-2025");

        RenderedMail receiptMail = sent(notices, registered);
        RenderedMail acceptance = sent(notices, decision("ACCEPTED", language, "partnership-2025"));
        RenderedMail networkAcceptance = sent(notices, decision("ACCEPTED", language, "network-2024"));

        assertThat(receiptMail.subject()).isEqualTo(receipt + " (GEN-7K3Q-9XDA)");
        assertThat(receiptMail.text()).contains(partner);
        assertThat(acceptance.subject()).isEqualTo(accepted + " (GEN-7K3Q-9XDA)");
        assertThat(acceptance.text()).contains(partner);
        assertThat(networkAcceptance.subject()).isNotEqualTo(acceptance.subject());
        assertThat(networkAcceptance.text()).doesNotContain(partner);
    }

    @ParameterizedTest
    @CsvSource({
            "es, al programa de asociaciones municipales, a la Red para la Igualdad de Género",
            "en, to the municipal partnership programme, to the Network for Gender Equality",
            "sv, till det kommunala partnerskapsprogrammet, till Nätverket för jämställdhet"})
    void theConfirmationsOfAnEmailChangeAndOfAnErasureNameTheProgrammeAppliedTo(String language, String partnership,
            String network) {
        Notices notices = notices(BOTH);
        Recipient recipient = maria(language);
        Instant expires = NOW.plusSeconds(3_600);
        for (String callId : List.of("partnership-2025", "network-2024")) {
            RenderedMail change = sent(notices, new EmailChangeRequested(to("GEN-7K3Q-9XDA", recipient),
                    "http://review.test/confirm-email", expires, callId));
            RenderedMail erasure = sent(notices, new ErasureRequested(to("GEN-7K3Q-9XDA", recipient),
                    "http://review.test/confirm-erasure", expires, callId));
            String named = callId.startsWith("partnership") ? partnership : network;
            String other = callId.startsWith("partnership") ? network : partnership;
            for (RenderedMail mail : List.of(change, erasure)) {
                assertThat(mail.text()).as(callId).contains("Panajachel " + named).doesNotContain(other);
                assertThat(mail.html()).as(callId).contains("</strong> " + named).doesNotContain(other);
            }
        }
    }

    @Test
    void theLinksValuesAreEncodedAndTheBaseUrlsSlashDropped() {
        assertThat(se.icld.gendernetwork.support.mail.MailModel.partnershipFormUrl("http://intake.test//", "p-1", "GEN-A B&C"))
                .isEqualTo("http://intake.test/?call=p-1&reference=GEN-A+B%26C");
    }
}
