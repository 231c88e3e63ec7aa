package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.review.ApplicationEvent.Envelope;
import se.icld.gendernetwork.contracts.review.ApplicationEvent.MunicipalityRef;
import se.icld.gendernetwork.contracts.review.ApplicationEvent.Recipient;
import se.icld.gendernetwork.contracts.review.ApplicationRegistered;
import se.icld.gendernetwork.contracts.review.ApplicationWithdrawn;
import se.icld.gendernetwork.contracts.review.DecisionMade;
import se.icld.gendernetwork.contracts.review.EmailChangeRequested;
import se.icld.gendernetwork.contracts.review.InformationRequested;
import se.icld.gendernetwork.notification.notice.mail.MailComposer;
import se.icld.gendernetwork.notification.notice.mail.RenderedMail;

/**
 * The notices of an application name its call, by the title in the recipient's language, from the
 * calls by the event's {@code callId} (an id no call has: the default call's), in the HTML and the
 * plain text of the real templates. No Spring.
 */
class NoticeCallTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final MunicipalityRef PANAJACHEL = new MunicipalityRef("Panajachel", "Sololá", "GT");
    private static final String LINK = "http://review.test/status/x?token=t";
    private static final Map<String, String> INTRO = Map.of("es", "i", "en", "i", "sv", "i");

    private static final Calls CALLS = new Calls(List.of(
            new Call("network-2024", Map.of("es", "Red para la Igualdad de Género", "en", "Network for Gender Equality",
                    "sv", "Nätverket för jämställdhet"), INTRO, Instant.parse("2024-01-01T05:00:00Z"), null,
                    ZoneId.of("America/Bogota"), Set.of("CO", "GT")),
            new Call("partnership-2025", Map.of("es", "Programa de alianzas municipales 2025", "en",
                    "Municipal partnership programme 2025", "sv", "Kommunala partnerskapsprogrammet 2025"), INTRO,
                    Instant.parse("2025-01-01T05:00:00Z"), null, ZoneId.of("America/Bogota"), Set.of("CO", "GT"),
                    Call.Questions.PARTNERSHIP, List.of())));

    private final MailComposer composer = new MailComposer();

    private static Recipient in(String language) {
        return new Recipient("María López", "maria@example.org", language);
    }

    /** The envelope of an event of application GEN-1 to María López, in {@code language}. */
    private static Envelope to(String language) {
        return new Envelope(ID, AT, ID, "GEN-1", in(language), PANAJACHEL);
    }

    @ParameterizedTest
    @CsvSource({"es, Convocatoria: Programa de alianzas municipales 2025",
        "en, Call: Municipal partnership programme 2025",
        "sv, Utlysning: Kommunala partnerskapsprogrammet 2025"})
    void aReceiptNamesTheCallInTheRecipientsLanguage(String language, String line) {
        Notice notice = Notice.of(new ApplicationRegistered(to(language), "partnership-2025"), LINK, CALLS);

        RenderedMail mail = composer.render(notice);

        assertThat(notice.model().callTitle()).isEqualTo(line.substring(line.indexOf(": ") + 2));
        assertThat(mail.text()).contains(line + "\n");
        String label = line.substring(0, line.indexOf(':'));
        assertThat(mail.html()).contains("<span>" + label + "</span>: <strong>" + notice.model().callTitle() + "</strong>");
    }

    @Test
    void anEventOfACallNoLongerConfiguredNamesTheDefaultCall() {
        Notice notice = Notice.of(new ApplicationRegistered(to("en"), "gone-2023"), LINK,
                CALLS);
        assertThat(composer.render(notice).text()).contains("Call: Network for Gender Equality\n");
    }

    @Test
    void anEventFromBeforeCallsNamesTheDefaultCall() {
        Notice notice = Notice.of(new DecisionMade(to("sv"), "ACCEPTED", null, null), LINK,
                CALLS);
        assertThat(composer.render(notice).text()).contains("Utlysning: Nätverket för jämställdhet\n");
    }

    @Test
    void everyNoticeOfAnApplicationNamesItsCall() {
        for (var event : List.of(
                new InformationRequested(to("es"), "¿Qué oficina?", "partnership-2025"),
                new DecisionMade(to("es"), "REJECTED", null, "partnership-2025"),
                new DecisionMade(to("es"), "WAITLISTED", null, "partnership-2025"),
                new DecisionMade(to("es"), "ACCEPTED", null, "partnership-2025"),
                new ApplicationWithdrawn(to("es"), "partnership-2025"))) {
            RenderedMail mail = composer.render(Notice.of(event, LINK, CALLS));
            assertThat(mail.text()).as(event.getClass().getSimpleName())
                    .contains("Convocatoria: Programa de alianzas municipales 2025\n");
            assertThat(mail.html()).as(event.getClass().getSimpleName())
                    .contains("<strong>Programa de alianzas municipales 2025</strong>");
        }
    }

    @Test
    void anEmailChangeIsOfItsCallButShowsNoCallLine() {
        Notice notice = Notice.of(new EmailChangeRequested(to("en"), "http://review.test/confirm", AT.plusSeconds(60), null),
                LINK, CALLS);
        assertThat(notice.model().callTitle()).isNotNull();
        assertThat(notice.model().partnership()).isFalse();
        assertThat(composer.render(notice).text()).doesNotContain("Call:");
    }
}
