package se.icld.gendernetwork.review.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review's pages use the words of the glossary in intake-service's README (the form's words): the
 * department, never "región"/"Region"; the municipal partnership, never "asociación"; the reference,
 * mentorship, the network, the programme team; and the focus areas exactly as the form names them
 * (read from intake's bundles, so the two cannot drift apart).
 */
class GlossaryTest {

    @ParameterizedTest
    @CsvSource({
        "review-messages.properties,    intake-messages.properties,    Departamento, Alianza municipal,     Referencia,     Mentoría,    Red para la Igualdad de Género, el equipo del programa",
        "review-messages_en.properties, intake-messages_en.properties, Department,   Municipal partnership, Reference,      Mentorship,  Network for Gender Equality,    the programme team",
        "review-messages_sv.properties, intake-messages_sv.properties, Departement,  Kommunalt partnerskap, Referensnummer, Mentorskap,  Nätverket för jämställdhet,     programteamet"})
    void theBundleUsesTheGlossarysTerms(String bundle, String intakeBundle, String department, String partnership,
            String reference, String mentorship, String network, String team) throws IOException {
        Properties review = classpath(bundle);

        assertThat(review.getProperty("detail.region")).isEqualTo(department);
        assertThat(review.getProperty("detail.partnership")).startsWith(partnership);
        assertThat(review.getProperty("status.reference")).isEqualTo(reference);
        assertThat(review.getProperty("queue.col.reference")).isEqualTo(reference);
        assertThat(review.getProperty("detail.mentorship")).isEqualTo(mentorship);
        assertThat(review.getProperty("app.name")).isEqualTo(network);
        assertThat(review.getProperty("status.question").toLowerCase(Locale.ROOT)).contains(team.toLowerCase(Locale.ROOT));
        assertThat(review.getProperty("timeline.INFO_REQUESTED").toLowerCase(Locale.ROOT)).contains(team.toLowerCase(Locale.ROOT));
        for (Map.Entry<Object, Object> message : review.entrySet()) {
            String text = message.getValue().toString().toLowerCase(Locale.ROOT);
            assertThat(text).as(message.getKey().toString()).doesNotContain("región", "region", "asociación");
        }

        Properties intake = file(Path.of("..", "intake-service", "src", "main", "resources", intakeBundle));
        for (String area : new String[] {"POLITICAL_PARTICIPATION", "GENDER_BASED_VIOLENCE", "ECONOMIC_EMPOWERMENT",
            "EDUCATION_AND_HEALTH", "URBAN_PLANNING"}) {
            assertThat(review.getProperty("focus." + area)).as(area).isEqualTo(intake.getProperty("form.focus." + area));
        }
    }

    /** A correction on the status page is judged by the form's rules and told in the form's words. */
    @ParameterizedTest
    @CsvSource({"review-messages.properties, intake-messages.properties",
        "review-messages_en.properties, intake-messages_en.properties",
        "review-messages_sv.properties, intake-messages_sv.properties"})
    void theRulesMessagesAreTheForms(String bundle, String intakeBundle) throws IOException {
        Properties review = classpath(bundle);
        Properties intake = file(Path.of("..", "intake-service", "src", "main", "resources", intakeBundle));

        for (String key : review.stringPropertyNames()) {
            if (key.startsWith("validation.")) {
                assertThat(review.getProperty(key)).as(key).isEqualTo(intake.getProperty(key));
            }
        }
        assertThat(review.stringPropertyNames()).filteredOn(k -> k.startsWith("validation.")).hasSize(10);
    }

    private Properties classpath(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static Properties file(Path path) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return load(in);
        }
    }

    private static Properties load(Reader in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        return properties;
    }
}
