package se.icld.gendernetwork.support.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.icld.gendernetwork.contracts.calls.Call;

/**
 * The emails of an application speak of the call it was made to: the network's wording for a network call
 * (or none named), the partnership programme's for a partnership call, in each language, HTML and text.
 */
class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    private static MailModel model(Call.Questions questions) {
        return MailModel.of("María López", "GEN-7K3Q-9XDA", "Panajachel", "Sololá", "GT", null,
                "http://review.test/status/1?token=t", null).withCall("T").withQuestions(questions);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "receipt|es|Hemos recibido su solicitud al programa de asociaciones (GEN-7K3Q-9XDA)|al programa de asociaciones municipales|Red para la Igualdad de Género de gobiernos locales",
            "receipt|en|We have received your application to the partnership programme (GEN-7K3Q-9XDA)|to the municipal partnership programme|Network for Gender Equality of local governments",
            "receipt|sv|Vi har tagit emot er ansökan till partnerskapsprogrammet (GEN-7K3Q-9XDA)|till det kommunala partnerskapsprogrammet|Nätverket för jämställdhet för lokala självstyrelser",
            "decision-accepted|es|Su solicitud al programa de asociaciones ha sido aceptada (GEN-7K3Q-9XDA)|con un municipio socio sueco|un taller en Colombia o Guatemala",
            "decision-accepted|en|Your application to the partnership programme has been accepted (GEN-7K3Q-9XDA)|with a Swedish partner municipality|one workshop in Colombia or Guatemala",
            "decision-accepted|sv|Er ansökan till partnerskapsprogrammet har godkänts (GEN-7K3Q-9XDA)|med en svensk partnerkommun|en workshop i Colombia eller Guatemala",
            "decision-waitlisted|es|Su solicitud está en lista de espera (GEN-7K3Q-9XDA)|un lugar en el programa de asociaciones|un lugar en la red",
            "decision-waitlisted|en|Your application is on the waiting list (GEN-7K3Q-9XDA)|a place in the partnership programme|a place in the network",
            "decision-waitlisted|sv|Din ansökan står på väntelistan (GEN-7K3Q-9XDA)|en plats i partnerskapsprogrammet|en plats i nätverket",
            "decision-rejected|es|Resultado de su solicitud (GEN-7K3Q-9XDA)|su solicitud en el programa de asociaciones|su solicitud en la red",
            "decision-rejected|en|The outcome of your application (GEN-7K3Q-9XDA)|your application in the partnership programme|your application in the network",
            "decision-rejected|sv|Beslut om din ansökan (GEN-7K3Q-9XDA)|din ansökan i partnerskapsprogrammet|din ansökan i nätverket",
            "withdrawal|es|Hemos registrado el retiro de su solicitud (GEN-7K3Q-9XDA)|volver a solicitar al programa de asociaciones|una nueva expresión de interés",
            "withdrawal|en|We have registered the withdrawal of your application (GEN-7K3Q-9XDA)|apply to the partnership programme again|a new expression of interest",
            "withdrawal|sv|Vi har registrerat att din ansökan dragits tillbaka (GEN-7K3Q-9XDA)|ansöka till partnerskapsprogrammet igen|en ny intresseanmälan"})
    void aPartnershipCallsApplicantIsWrittenToAboutThePartnershipProgramme(String template, String language,
            String subject, String partnership, String network) {
        MailTemplates.Rendered mail = templates.render(template, language, model(Call.Questions.PARTNERSHIP));

        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.text()).contains(partnership, "Panajachel", "GEN-7K3Q-9XDA").doesNotContain(network);
        assertThat(mail.html()).contains(partnership, "Panajachel").doesNotContain(network);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "receipt|es|Hemos recibido su expresión de interés (GEN-7K3Q-9XDA)|Red para la Igualdad de Género de gobiernos locales",
            "receipt|en|We have received your expression of interest (GEN-7K3Q-9XDA)|Network for Gender Equality of local governments",
            "receipt|sv|Vi har tagit emot din intresseanmälan (GEN-7K3Q-9XDA)|Nätverket för jämställdhet för lokala självstyrelser",
            "decision-accepted|es|Bienvenida/o a la Red para la Igualdad de Género (GEN-7K3Q-9XDA)|un taller en Colombia o Guatemala",
            "decision-accepted|en|Welcome to the Network for Gender Equality (GEN-7K3Q-9XDA)|one workshop in Colombia or Guatemala",
            "decision-accepted|sv|Välkommen till Nätverket för jämställdhet (GEN-7K3Q-9XDA)|en workshop i Colombia eller Guatemala",
            "decision-waitlisted|en|Your application is on the waiting list (GEN-7K3Q-9XDA)|a place in the network",
            "decision-rejected|es|Resultado de su solicitud (GEN-7K3Q-9XDA)|su solicitud en la red",
            "decision-rejected|sv|Beslut om din ansökan (GEN-7K3Q-9XDA)|din ansökan i nätverket",
            "withdrawal|en|We have registered the withdrawal of your application (GEN-7K3Q-9XDA)|a new expression of interest"})
    void aNetworkCallsApplicantOrOneNamingNoCallKeepsTheNetworksWording(String template, String language,
            String subject, String network) {
        for (Call.Questions questions : new Call.Questions[] {Call.Questions.NETWORK, null}) {
            MailTemplates.Rendered mail = templates.render(template, language, model(questions));

            assertThat(mail.subject()).isEqualTo(subject);
            assertThat(mail.text()).contains(network).doesNotContainIgnoringCase("partnership", "partnerskap", "asociaciones");
            assertThat(mail.html()).contains(network).doesNotContainIgnoringCase("partnership", "partnerskap", "asociaciones");
        }
    }
}
