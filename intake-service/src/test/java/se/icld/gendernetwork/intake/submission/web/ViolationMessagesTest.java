package se.icld.gendernetwork.intake.submission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.icld.gendernetwork.contracts.submission.Violation;
import se.icld.gendernetwork.contracts.submission.Violation.Code;

/** Every code of the shared rules has its message in Spanish, English and Swedish; lengths name their limits. */
class ViolationMessagesTest {

    private final ViolationMessages messages = new ViolationMessages(bundles());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en", "sv"})
    void everyCodeHasAMessageInEveryLanguage(String language) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        for (Code code : Code.values()) {
            for (String field : new String[] {"applicant.fullName", "applicant.email", "applicant.phone", "motivation",
                    "focusAreas", "consent.noticeVersion"}) {
                assertThat(messages.message(new Violation(field, code))).as("%s %s", field, code)
                        .isNotBlank().doesNotStartWith("validation.").doesNotContain("{0}", "{1}");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en", "sv"})
    void lengthMessagesNameTheLimitsWithoutGrouping(String language) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));

        assertThat(messages.message(new Violation("motivation", Code.LENGTH))).contains("50", "4000");
        assertThat(messages.message(new Violation("applicant.fullName", Code.LENGTH))).contains("2", "120");
        assertThat(messages.message(new Violation("applicant.email", Code.LENGTH))).contains("254");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("intake-messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
