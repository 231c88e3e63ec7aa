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
}
