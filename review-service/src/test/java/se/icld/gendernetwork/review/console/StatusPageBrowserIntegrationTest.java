package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import se.icld.gendernetwork.review.web.pages.FailingPageForTests;
import se.icld.gendernetwork.review.web.pages.PageFormats;
import se.icld.gendernetwork.testsupport.Browsers;

/**
 * The applicant's status page and the error pages in headless Chromium with JavaScript off: the
 * language switcher (token kept), the whole conversation in sentences, times in the applicant's
 * zone with the zone named, the 404/405/500 pages in the visitor's language, and an icon that costs
 * no request. The reviewer's side goes through the API (the console has its own browser test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusPageBrowserIntegrationTest extends PageTestSupport {


    @Test
    void theLanguageSwitcherKeepsTheTokenAndDefaultsToTheApplicantsLanguage() {
        UUID id = registerApplication(unique("Carmen Ruiz"), unique("Puerto Nariño"), "es", Duration.ofHours(5), "CO", "Amazonas");
        ChromeDriver browser = applicant();

        browser.get(url("/status/" + id + "?token=" + token(id)));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Estado de su solicitud");
        List<WebElement> links = browser.findElements(By.cssSelector("#languages a"));
        assertThat(links).extracting(WebElement::getText).containsExactly("Español", "English", "Svenska");
        assertThat(links).extracting(a -> a.getDomAttribute("lang")).containsExactly("es", "en", "sv");
        assertThat(links.get(0).getDomAttribute("aria-current")).isEqualTo("true");
        assertThat(links.get(1).getDomAttribute("aria-current")).isNull();

        navigate(browser, links.get(1));
        assertThat(browser.getCurrentUrl()).contains("token=" + token(id)).contains("lang=en");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your application");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Received");
        assertThat(browser.findElement(By.cssSelector("#languages a[aria-current=true]")).getText()).isEqualTo("English");

        navigate(browser, browser.findElement(By.cssSelector("#languages a[lang=sv]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Din ansökan");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Mottagen");
        assertThat(timeline(browser)).containsExactly("Vi tog emot din ansökan.");
        // What the applicant wrote keeps its own language on the Swedish page (WCAG 3.1.2, language of parts).
        assertThat(browser.findElement(By.id("details-motivation")).getDomAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElement(By.id("details-position")).getDomAttribute("lang")).isEqualTo("es");
        screenshot(browser, "status-switched-sv");
    }

    @Test
    void timesAreInColombiaOrGuatemalaTimeAndTheZoneIsNamed() {
        UUID colombia = registerApplication(unique("Luz Mery Caicedo"), unique("Santander de Quilichao"), "es",
                Duration.ofDays(2), "CO", "Cauca");
        UUID guatemala = registerApplication(unique("Ana Sic"), unique("Panajachel"), "en", Duration.ofDays(2));
        ChromeDriver browser = applicant();

        browser.get(url("/status/" + colombia + "?token=" + token(colombia)));
        assertThat(browser.findElement(By.id("zone")).getText()).isEqualTo("Las horas se indican en hora de Colombia (UTC\u22125).");
        assertThatTimesAreIn(browser, ZoneId.of("America/Bogota"), "-05:00", Locale.forLanguageTag("es"));

        browser.get(url("/status/" + guatemala + "?token=" + token(guatemala)));
        assertThat(browser.findElement(By.id("zone")).getText()).isEqualTo("Times are in Guatemala time (UTC\u22126).");
        assertThatTimesAreIn(browser, ZoneId.of("America/Guatemala"), "-06:00", Locale.ENGLISH);

        browser.get(url("/status/" + guatemala + "?token=" + token(guatemala) + "&lang=sv"));
        assertThat(browser.findElement(By.id("zone")).getText()).isEqualTo("Tiderna anges i guatemalansk tid (UTC\u22126).");
        assertThat(browser.getPageSource()).doesNotContain(" UTC<");
    }

    @Test
    void theWholeConversationStaysOnThePageInPlainWords() {
        String question = "¿Quién más del municipio participará en los talleres?";
        String answer = "The women's office coordinator and two council members.";
        String decision = "Welcome to the network! We will write about the first workshop.";
        UUID id = registerApplication(unique("Rosa Tuyuc"), unique("Antigua Guatemala"), "es", Duration.ofDays(1));
        post(app(id) + "/claim", "alice", null);
        post(app(id) + "/info-request", "alice", "{\"message\":\"" + question + "\"}");
        ChromeDriver browser = applicant();

        browser.get(url("/status/" + id + "?token=" + token(id) + "&lang=en"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Information requested");
        assertThat(browser.findElement(By.id("question")).getText()).isEqualTo(question);
        browser.findElement(By.id("answer-text")).sendKeys(answer);
        navigate(browser, browser.findElement(By.id("answer-button")));

        // Still in the language the page was read in, the question and the answer both still there.
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("done")).getText()).startsWith("Thank you.");
        assertThat(browser.findElements(By.id("question"))).isEmpty();
        assertThat(timeline(browser)).containsExactly("We received your application.",
                "The programme team started reviewing your application.",
                "The programme team asked you for more information.", "You answered, and the review continues.");
        assertThat(said(browser)).containsExactly("The programme team wrote: " + question, "You wrote: " + answer);

        post(app(id) + "/claim", "alice", null);
        post(app(id) + "/decision", "alice", "{\"outcome\":\"ACCEPTED\",\"message\":\"" + decision + "\"}");
        browser.navigate().refresh();

        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Accepted");
        assertThat(browser.findElement(By.id("decision-message")).getText()).isEqualTo(decision);
        assertThat(timeline(browser)).last()
                .isEqualTo("The programme team decided: your municipality has been accepted into the network.");
        assertThat(said(browser)).containsExactly("The programme team wrote: " + question, "You wrote: " + answer,
                "The programme team wrote: " + decision);
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text).doesNotContain("RECEIVED", "IN_REVIEW", "INFO_REQUESTED", "INFO_PROVIDED", "ACCEPTED", "DECIDED",
                "(es)", "alice");
        screenshot(browser, "status-conversation");

        browser.get(url("/status/" + id + "?token=" + token(id)));
        assertThat(timeline(browser)).containsExactly("Recibimos su solicitud.",
                "El equipo del programa comenzó a revisar su solicitud.", "El equipo del programa le pidió más información.",
                "Usted respondió y la revisión continúa.",
                "El equipo del programa decidió: su municipio fue aceptado en la red.");
        assertThat(said(browser)).last().isEqualTo("El equipo del programa escribió: " + decision);
    }

    @Test
    void errorPagesAreInTheVisitorsLanguage() {
        UUID id = registerApplication();
        ChromeDriver spanish = applicant();
        ChromeDriver swedish = swedishVisitor();

        swedish.get(url("/no-such-page"));
        assertThat(swedish.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("sv");
        assertThat(swedish.findElement(By.tagName("h1")).getText()).isEqualTo("Hittades inte");
        navigate(swedish, swedish.findElement(By.cssSelector("#languages a[lang=en]")));
        assertThat(swedish.getCurrentUrl()).isEqualTo(url("/no-such-page?lang=en"));
        assertThat(swedish.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        swedish.get(url("/status/" + id + "?token=" + token(UUID.randomUUID())));
        assertThat(swedish.findElement(By.tagName("h1")).getText()).isEqualTo("Hittades inte");
        assertThat(swedish.getPageSource()).doesNotContain("GEN-7K3Q-9XDA");

        spanish.get(url("/no-such-page"));
        assertThat(spanish.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
        assertThat(spanish.findElement(By.tagName("h1")).getText()).isEqualTo("No encontrado");

        spanish.get(url("/status/" + id + "/withdrawal"));
        assertThat(spanish.findElement(By.tagName("h1")).getText()).isEqualTo("Esta dirección solo recibe formularios");
        spanish.get(url("/status/" + id + "/withdrawal?lang=en"));
        assertThat(spanish.findElement(By.tagName("h1")).getText()).isEqualTo("This address only takes forms");
        assertThat(spanish.findElement(By.id("error-text")).getText()).contains("status link");

        spanish.get(url(FailingPageForTests.PATH));
        assertThat(spanish.findElement(By.tagName("h1")).getText()).isEqualTo("Algo salió mal");
        assertThat(spanish.getPageSource()).doesNotContain(FailingPageForTests.SECRET);
        swedish.get(url(FailingPageForTests.PATH));
        assertThat(swedish.findElement(By.tagName("h1")).getText()).isEqualTo("Något gick fel");
        screenshot(swedish, "error-500-sv");
    }

    @Test
    void theIconIsInlineSoNoPageAsksForFaviconIco() {
        UUID id = registerApplication();
        ChromeDriver browser = applicant();

        for (String path : List.of("/status/" + id + "?token=" + token(id), "/console/login", "/no-such-page")) {
            browser.get(url(path));
            List<WebElement> icons = browser.findElements(By.cssSelector("link[rel=icon]"));
            assertThat(icons).as(path).hasSize(1);
            assertThat(icons.get(0).getDomAttribute("href")).as(path).startsWith("data:image/svg+xml,");
            assertThat(browser.findElement(By.cssSelector("meta[name=description]")).getDomAttribute("content"))
                    .as(path).isNotBlank();
        }
    }

    private static void assertThatTimesAreIn(ChromeDriver browser, ZoneId zone, String offset, Locale locale) {
        List<WebElement> times = browser.findElements(By.cssSelector("#timeline time"));
        assertThat(times).isNotEmpty();
        for (WebElement time : times) {
            OffsetDateTime at = OffsetDateTime.parse(time.getDomAttribute("datetime"));
            assertThat(at.getOffset().getId()).isEqualTo(offset);
            assertThat(spaces(time.getText())).isEqualTo(spaces(PageFormats.dateTime(at.toInstant(), locale, zone)));
        }
    }

    /** The JDK's CLDR data may put (narrow) no-break spaces in dates; the browser may give them back as spaces. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Each message on the timeline with who wrote it ("You wrote: …"). */
    private static List<String> said(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#timeline li")).stream()
                .filter(li -> !li.findElements(By.tagName("blockquote")).isEmpty())
                .map(li -> li.findElement(By.className("said")).getText() + " "
                        + li.findElement(By.tagName("blockquote")).getText())
                .toList();
    }

    private static String app(UUID id) {
        return "/api/v1/review/applications/" + id;
    }

    /** A Spanish-speaking applicant's browser (Accept-Language es), JavaScript off. */
    private ChromeDriver applicant() {
        return browser("applicant", () -> Browsers.chromiumWithoutJavaScript("es-GT,es"));
    }

    /** A Swedish partner's browser (Accept-Language sv), JavaScript off. */
    private ChromeDriver swedishVisitor() {
        return browser("swedish visitor", () -> Browsers.chromiumWithoutJavaScript("sv-SE,sv"));
    }
}
