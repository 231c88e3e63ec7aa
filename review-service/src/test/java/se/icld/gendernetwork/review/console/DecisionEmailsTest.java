package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.review.DecisionMade;
import se.icld.gendernetwork.review.IntakeFormProperties;
import se.icld.gendernetwork.review.StatusLinkProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.application.Submissions;
import se.icld.gendernetwork.support.mail.MailModel;
import se.icld.gendernetwork.support.mail.MailTemplates;

/**
 * The decision preview is the email notification-service sends: the same template files (one copy, in
 * service-support) rendered with the model notification builds from the decision's event, in the
 * applicant's language; only the status link's token is left out.
 */
class DecisionEmailsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String BASE = "https://review.example.org";

    private static final String FORM = "http://intake.test";
    private static final Map<String, String> TEXT = Map.of("es", "i", "en", "i", "sv", "i");
    private static final Call NETWORK = new Call("network-2024", Map.of("es", "Red para la Igualdad de Género",
            "en", "Network for Gender Equality", "sv", "Nätverket för jämställdhet"), TEXT,
            Instant.parse("2024-01-01T05:00:00Z"), null, ZoneId.of("America/Bogota"), Set.of("CO", "GT"));
    private static final Call PARTNERSHIP = new Call("partnership-2025", TEXT, TEXT, Instant.parse("2024-01-01T05:00:00Z"),
            null, ZoneId.of("America/Bogota"), Set.of("CO", "GT"), Call.Questions.PARTNERSHIP, List.of());
    private static final Calls CALLS = new Calls(List.of(NETWORK));

    private static DecisionEmails emails(Call... calls) {
        return new DecisionEmails(new StatusLinkProperties("secret-of-enough-length", BASE + "/"), new Calls(List.of(calls)),
                new IntakeFormProperties(FORM), Clock.fixed(T0, ZoneOffset.UTC));
    }

    private final DecisionEmails emails = emails(NETWORK);

    @ParameterizedTest
    @CsvSource({"es, Solicitar al programa de asociaciones", "en, Apply to the partnership programme",
        "sv, Ansök till partnerskapsprogrammet"})
    void theAcceptanceOfANetworkApplicationPreviewsThePartnershipLinkWhileThatCallTakesApplications(String language,
            String sentence) {
        DecisionEmails both = emails(NETWORK, PARTNERSHIP);
        Application a = inReview(language);
        String link = FORM + "/?call=partnership-2025&reference=" + a.reference();

        assertThat(both.preview(a, Status.ACCEPTED, null).text()).contains(link);
        assertThat(both.preview(a, Status.WAITLISTED, null).text()).doesNotContain(FORM);
        assertThat(emails.preview(a, Status.ACCEPTED, null).text()).as("no partnership call").doesNotContain(FORM);
        assertThat(new MailTemplates().render("decision-accepted", language,
                emails.model(a, null).withPartnershipUrl(link)).html()).contains(sentence);
    }

    @ParameterizedTest
    @CsvSource({"es, Su solicitud al programa de asociaciones ha sido aceptada, un lugar en el programa de asociaciones",
        "en, Your application to the partnership programme has been accepted, a place in the partnership programme",
        "sv, Er ansökan till partnerskapsprogrammet har godkänts, en plats i partnerskapsprogrammet"})
    void aPartnershipApplicationsPreviewSpeaksOfThePartnershipProgrammeAsNotificationDoes(String language,
            String acceptedSubject, String waitlisted) {
        DecisionEmails both = emails(NETWORK, PARTNERSHIP);
        Application a = inReview(language, "partnership-2025");

        DecisionEmails.Preview accepted = both.preview(a, Status.ACCEPTED, null);
        MailTemplates.Rendered sent = new MailTemplates().render("decision-accepted", language,
                both.model(a, null).withCall(PARTNERSHIP, language));

        assertThat(accepted.subject()).isEqualTo(acceptedSubject + " (" + a.reference() + ")").isEqualTo(sent.subject());
        assertThat(accepted.text()).isEqualTo(sent.text());
        assertThat(both.preview(a, Status.WAITLISTED, null).text()).contains(waitlisted);
        assertThat(both.preview(inReview(language), Status.ACCEPTED, null).subject()).isNotEqualTo(accepted.subject());
    }

    private static Application inReview(String language) {
        return inReview(language, null);
    }

    private static Application inReview(String language, String callId) {
        InterestSubmitted golden = Submissions.submission(UUID.randomUUID(), T0);
        var ap = golden.applicant();
        InterestSubmitted s = new InterestSubmitted(golden.eventId(), golden.occurredAt(), golden.submissionId(),
                golden.reference(), golden.contentHash(),
                new InterestSubmitted.Applicant("Åsa <b>Lind</b>", ap.email(), ap.phone(), ap.position(), language),
                golden.municipality(), golden.motivation(), golden.focusAreas(), golden.workshops(),
                golden.partnershipInterest(), golden.mentorshipInterest(), golden.consent(),
                callId == null ? golden.callId() : callId);
        Application a = Application.register(s, T0);
        a.changesWritten(List.of());
        a.claim("rita", T0, Duration.ofMinutes(30));
        a.changesWritten(List.of());
        return a;
    }

    @ParameterizedTest
    @CsvSource({"sv, WAITLISTED, decision-waitlisted", "en, ACCEPTED, decision-accepted", "es, REJECTED, decision-rejected",
        "fr, ACCEPTED, decision-accepted"})
    void thePreviewIsTheEmailNotificationBuildsFromTheDecisionsEvent(String language, Status outcome, String template) {
        Application a = inReview(language);
        DecisionEmails.Preview preview = emails.preview(a, outcome, "Vi hörs <snart>!");

        // What notification does with the event the decision raises (Notice.of): the same model, the same files.
        a.decide("rita", outcome, "Vi hörs <snart>!", T0.plusSeconds(60));
        DecisionMade event = (DecisionMade) a.newEvents().get(0);
        MailModel sent = MailModel.of(event.recipient().fullName(), event.reference(), event.municipality().name(),
                event.municipality().region(), event.municipality().country(), event.message(),
                BASE + "/status/" + event.applicationId() + "?token=" + DecisionEmails.HIDDEN_TOKEN, null)
                .withCall(CALLS.find(event.callId()).orElseThrow(), MailTemplates.language(event.recipient().language()));
        MailTemplates.Rendered mail = new MailTemplates().render(template, MailTemplates.language(event.recipient().language()), sent);

        assertThat(preview.language()).isEqualTo(language.equals("fr") ? "es" : language);
        assertThat(preview.subject()).isEqualTo(mail.subject()).endsWith("(" + a.reference() + ")");
        assertThat(preview.text()).isEqualTo(mail.text()).contains("Åsa <b>Lind</b>", "Vi hörs <snart>!", "Panajachel");
        assertThat(preview.text()).contains(BASE + "/status/" + a.id() + "?token=…").doesNotContain("token=ey");
        // The email names the application's call, in the applicant's language.
        assertThat(preview.text()).contains(switch (preview.language()) {
            case "sv" -> "Utlysning: Nätverket för jämställdhet";
            case "en" -> "Call: Network for Gender Equality";
            default -> "Convocatoria: Red para la Igualdad de Género";
        });
    }

    @Test
    void withoutAMessageThePreviewHasNone() {
        Application a = inReview("en");
        assertThat(emails.preview(a, Status.ACCEPTED, null).text())
                .isEqualTo(emails.preview(a, Status.ACCEPTED, "  ").text())
                .doesNotContain("Message from the programme team");
        assertThat(emails.preview(a, Status.ACCEPTED, "See you").text()).contains("Message from the programme team");
    }

    @Test
    void theDecisionTemplatesExistOnceOnTheClasspathInServiceSupport() throws IOException {
        for (String language : MailTemplates.LANGUAGES) {
            for (String outcome : List.of("accepted", "waitlisted", "rejected")) {
                for (String suffix : List.of(".html", ".txt")) {
                    List<URL> copies = Collections.list(getClass().getClassLoader()
                            .getResources(MailTemplates.ROOT + language + "/decision-" + outcome + suffix));
                    assertThat(copies).hasSize(1);
                    assertThat(copies.get(0).toString()).contains("service-support");
                }
            }
        }
    }
}
