package se.icld.gendernetwork.notification.notice.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mail templates follow the glossary in intake-service/README.md, as the form's and review's
 * bundles do: the programme team (not "the network team") and the reference number's own word.
 */
class MailVocabularyTest {

    /** The one copy of the mail templates, shared with review-service (service-support). */
    private static final Path TEMPLATES = Path.of("../service-support/src/main/resources/templates/mail");

    @ParameterizedTest(name = "{0}: {1}, never {2}")
    @CsvSource({
            "es, equipo del programa, equipo de la red",
            "en, programme team, network team",
            "sv, programteamet, nätverkets team",
            "sv, Referensnummer, 'Referens:'",
            "sv, Referensnummer, '''Referens'''"
    })
    void everyTemplateUsesTheGlossarysWord(String language, String word, String never) throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(TEMPLATES.resolve(language))) {
            templates = files.filter(Files::isRegularFile).toList();
        }
        assertThat(templates).isNotEmpty();
        String all = String.join("\n", templates.stream().map(MailVocabularyTest::read).toList());
        assertThat(all).doesNotContain(never);
        assertThat(all.toLowerCase()).contains(word.toLowerCase());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
