package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.application.InvalidReviewException;
import se.icld.gendernetwork.review.application.ReviewSubmission;
import se.icld.gendernetwork.review.workflow.ReviewerActions;
import se.icld.gendernetwork.testsupport.Browsers;
import tools.jackson.databind.JsonNode;

/**
 * Reviewing per call, on a service with three calls: network-2024 (as configured by default, scored on
 * the four network criteria), network-2026 (open, scored on two criteria of the catalogue) and
 * partnership-2027 (not open yet). In headless Chromium (JavaScript off), frank sees the calls' panel
 * with each call's phase, dates and counts, filters the queue by call (the form and a call's link),
 * and sees each row's call; an application of network-2026 offers a review form with its two criteria
 * only. Over HTTP: the queue, stats, export and overview by call, an unknown call refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {
        "network.calls[0].id=network-2024",
        "network.calls[0].title.es=Red para la Igualdad de Género",
        "network.calls[0].title.en=Network for Gender Equality",
        "network.calls[0].title.sv=Nätverket för jämställdhet",
        "network.calls[0].introduction.es=Expresiones de interés.",
        "network.calls[0].introduction.en=Expressions of interest.",
        "network.calls[0].introduction.sv=Intresseanmälningar.",
        "network.calls[0].opens-at=2024-01-01T00:00:00-05:00",
        "network.calls[0].time-zone=America/Bogota",
        "network.calls[0].eligible-countries=CO,GT",
        "network.calls[0].criteria=leadership-commitment,focus-relevance,workshop-capacity,partnership-potential",
        "network.calls[1].id=network-2026",
        "network.calls[1].title.es=Segunda red 2026",
        "network.calls[1].title.en=Second network 2026",
        "network.calls[1].title.sv=Andra nätverket 2026",
        "network.calls[1].introduction.es=Otra ronda.",
        "network.calls[1].introduction.en=Another round.",
        "network.calls[1].introduction.sv=En till omgång.",
        "network.calls[1].opens-at=2025-01-01T00:00:00-05:00",
        "network.calls[1].closes-at=2099-12-31T23:59:59-05:00",
        "network.calls[1].time-zone=America/Bogota",
        "network.calls[1].eligible-countries=CO,GT",
        "network.calls[1].criteria=partnership-fit,leadership-commitment",
        "network.calls[2].id=partnership-2027",
        "network.calls[2].title.es=Alianzas 2027",
        "network.calls[2].title.en=Partnerships 2027",
        "network.calls[2].title.sv=Partnerskap 2027",
        "network.calls[2].introduction.es=Alianzas.",
        "network.calls[2].introduction.en=Partnerships.",
        "network.calls[2].introduction.sv=Partnerskap.",
        "network.calls[2].opens-at=2098-01-15T00:00:00-05:00",
        "network.calls[2].time-zone=America/Bogota",
        "network.calls[2].eligible-countries=CO,GT",
        "network.calls[2].questions=NETWORK"})
class CallsBrowserIntegrationTest extends PageTestSupport {

    private static final String SECOND = "network-2026";

    @Autowired
    private ReviewerActions actions;

    @Autowired
    private MeterRegistry meters;

    private String prefix;
    private UUID network;
    private UUID secondOld;
    private UUID secondNew;

    @BeforeAll
    void applicationsOfTwoCalls() {
        prefix = unique("Quetzaltenango");
        network = register(prefix + " Uno", "network-2024", Duration.ofDays(3));
        secondOld = register(prefix + " Dos", SECOND, Duration.ofDays(2));
        secondNew = register(prefix + " Tres", SECOND, Duration.ofDays(1));
        actions.claim(secondNew, "bob");
    }

    @Test
    @Order(1)
    void thePanelTheCallFilterAndEachRowsCall() {
        ChromeDriver frank = frank();
        frank.get(url("/console?lang=en&view=all&municipality=" + prefix.replace(' ', '+')));

        // The panel: every call in order, its phase, its dates in the reader's zone, its counts by status.
        assertThat(frank.findElements(By.cssSelector("#calls tbody tr")).stream().map(r -> r.getDomAttribute("data-call")))
                .containsExactly("network-2024", SECOND, "partnership-2027");
        WebElement second = frank.findElement(By.id("call-" + SECOND));
        assertThat(second.findElement(By.cssSelector(".call-title")).getText()).isEqualTo("Second network 2026");
        assertThat(second.findElement(By.cssSelector(".phase")).getText()).isEqualTo("Open");
        assertThat(frank.findElement(By.cssSelector("#call-partnership-2027 .phase")).getText()).isEqualTo("Not open yet");
        assertThat(frank.findElement(By.cssSelector("#call-network-2024 .closes")).getText()).isEqualTo("No closing date");
        String zone = frank.findElement(By.id("tz")).getDomProperty("value");
        assertThat(second.findElement(By.cssSelector(".closes time")).getText())
                .isEqualTo(new ConsoleTime(java.util.Locale.ENGLISH, java.time.ZoneId.of(zone))
                        .format(Instant.parse("2100-01-01T04:59:59Z")));
        assertThat(second.findElement(By.cssSelector(".closes time")).getDomAttribute("datetime")).startsWith("2100-01-01T");
        // Its applications by status (those it has), and the total.
        assertThat(second.findElements(By.cssSelector(".counts li")).stream().map(WebElement::getText))
                .containsExactly("Received 1", "In review 1");
        assertThat(second.findElement(By.cssSelector(".count-IN_REVIEW .n")).getText()).isEqualTo("1");
        assertThat(second.findElement(By.cssSelector(".total")).getText()).isEqualTo("2");
        assertThat(frank.findElement(By.cssSelector("#call-partnership-2027 .counts")).getText()).isEqualTo("None yet");
        assertThat(frank.findElement(By.cssSelector("#call-partnership-2027 .total")).getText()).isEqualTo("0");

        // Every call by default; each row names its call.
        assertThat(rowIds(frank)).containsExactly(network.toString(), secondOld.toString(), secondNew.toString());
        assertThat(row(frank, network).findElement(By.cssSelector("td.call")).getText()).isEqualTo("Network for Gender Equality");
        assertThat(row(frank, secondOld).findElement(By.cssSelector("td.call")).getText()).isEqualTo("Second network 2026");
        screenshot(frank, "console-calls");

        // The call filter of the form: that call's applications only, kept by the tabs and the CSV link's address.
        new Select(frank.findElement(By.id("callId"))).selectByValue(SECOND);
        navigate(frank, frank.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(frank.getCurrentUrl()).contains("callId=" + SECOND);
        assertThat(rowIds(frank)).containsExactly(secondOld.toString(), secondNew.toString());
        assertThat(new Select(frank.findElement(By.id("callId"))).getFirstSelectedOption().getText()).isEqualTo("Second network 2026");
        assertThat(frank.findElement(By.id("tab-open")).getDomAttribute("href")).contains("callId=" + SECOND);
        assertThat(frank.findElement(By.cssSelector("#tab-unclaimed .count")).getText()).isEqualTo("1");
        navigate(frank, frank.findElement(By.id("tab-unclaimed")));
        assertThat(rowIds(frank)).containsExactly(secondOld.toString());
        // The detail's previous/next stay within the call.
        navigate(frank, frank.findElement(By.id("tab-all")));
        navigate(frank, row(frank, secondOld).findElement(By.cssSelector("td.ref a")));
        assertThat(frank.getCurrentUrl()).contains("callId=" + SECOND);
        assertThat(frank.findElements(By.id("previous-application"))).isEmpty();
        assertThat(frank.findElement(By.id("next-application")).getDomAttribute("href")).contains(secondNew.toString())
                .contains("callId=" + SECOND);

        assertThat(frank.findElement(By.id("call")).getText()).isEqualTo("Second network 2026");
        // The application of network-2026 is scored on its call's two criteria, in the call's order.
        assertThat(frank.findElements(By.cssSelector("fieldset[id^=criterion-]")).stream().map(f -> f.getDomAttribute("id")))
                .containsExactly("criterion-partnership-fit", "criterion-leadership-commitment");
        frank.get(url("/console/applications/" + network + "?lang=en"));
        assertThat(frank.findElements(By.cssSelector("fieldset[id^=criterion-]"))).hasSize(4);

        // A call's link on the panel filters by it.
        frank.get(url("/console?lang=en&view=all&municipality=" + prefix.replace(' ', '+')));
        navigate(frank, frank.findElement(By.cssSelector("#call-network-2024 .call-title a")));
        frank.get(frank.getCurrentUrl() + "&municipality=" + prefix.replace(' ', '+'));
        assertThat(rowIds(frank)).containsExactly(network.toString());

        // A call no one configured: the reason in words, the default queue.
        frank.get(url("/console?lang=en&callId=nobody-2020"));
        assertThat(frank.findElement(By.id("problem")).getText()).startsWith("The queue cannot use the value given for \"Call\"");
    }

    @Test
    void reviewsAreScoredOnTheApplicationsCallsCriteria() {
        UUID id = register(prefix + " Cuatro", SECOND, Duration.ofHours(5));
        ReviewSubmission networkFour = new ReviewSubmission(Map.of("leadership-commitment", 4, "focus-relevance", 4,
                "workshop-capacity", 4, "partnership-potential", 4), "ACCEPT", null);
        assertThatThrownBy(() -> actions.review(id, "alice", networkFour)).isInstanceOf(InvalidReviewException.class);

        actions.review(id, "alice", new ReviewSubmission(Map.of("partnership-fit", 5, "leadership-commitment", 3),
                "ACCEPT", null));

        JsonNode detail = body(get("/api/v1/review/applications/" + id, "alice"));
        assertThat(detail.get("callId").asString()).isEqualTo(SECOND);
        assertThat(detail.get("aggregate").get("averages").propertyNames()).containsExactlyInAnyOrder("partnership-fit",
                "leadership-commitment");
        assertThat(meters.find("review.review.scores").tag("criterion", "partnership-fit").summary()).isNotNull();
        JsonNode criteria = body(get("/api/v1/review/criteria?callId=" + SECOND, "alice")).get("criteria");
        assertThat(criteria.valueStream().map(c -> c.get("id").asString()).toList())
                .containsExactly("partnership-fit", "leadership-commitment");
    }

    @Test
    void theApisQueueStatsAndExportByCall() throws java.io.IOException {
        JsonNode page = body(get("/api/v1/review/queue?callId=" + SECOND + "&municipality=" + prefix.replace(' ', '+')
                + "&size=100", "bob"));
        assertThat(page.get("items").valueStream().map(i -> i.get("id").asString()).toList())
                .startsWith(secondOld.toString(), secondNew.toString());
        assertThat(page.get("items").valueStream().map(i -> i.get("callId").asString())).containsOnly(SECOND);
        HttpResponse<String> unknown = get("/api/v1/review/queue?callId=nobody-2020", "bob");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("callId").doesNotContain("nobody-2020");

        JsonNode stats = body(get("/api/v1/review/stats?callId=partnership-2027", "bob"));
        assertThat(stats.get("callId").asString()).isEqualTo("partnership-2027");
        assertThat(stats.get("total").asLong()).isZero();
        JsonNode all = body(get("/api/v1/review/stats", "bob"));
        assertThat(all.get("callId").isNull()).isTrue();
        assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(
                body(get("/api/v1/review/stats?callId=" + SECOND, "bob")).get("total").asLong() + 1);
        assertThat(get("/api/v1/review/stats?callId=nobody-2020", "bob").statusCode()).isEqualTo(400);

        HttpResponse<String> csv = get("/api/v1/review/export.csv?callId=" + SECOND, "admin");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().replace("\uFEFF", ""))).getRecords();
        assertThat(rows).extracting(r -> r.get("callId")).containsOnly(SECOND);
        assertThat(rows).extracting(r -> r.get("id")).contains(secondOld.toString(), secondNew.toString())
                .doesNotContain(network.toString());
    }

    @Test
    void theOverviewOfOneCall() {
        ChromeDriver frank = frank();
        frank.get(url("/console/overview?lang=en"));
        assertThat(frank.findElement(By.id("overview-scope")).getText()).isEqualTo("Figures of every call.");
        new Select(frank.findElement(By.id("overview-call"))).selectByValue("partnership-2027");
        navigate(frank, frank.findElement(By.id("overview-call-show")));
        assertThat(frank.findElement(By.id("overview-scope")).getText()).isEqualTo("Figures of the call: Partnerships 2027.");
        assertThat(frank.findElement(By.id("overview-summary")).getText()).isEqualTo("Applications: 0. Decided at least once: 0.");
        assertThat(frank.findElement(By.id("overview-csv")).getDomAttribute("href")).contains("callId=partnership-2027");
    }

    private UUID register(String municipality, String callId, Duration age) {
        UUID id = UUID.randomUUID();
        InterestSubmitted s = json.readValue(submissionJson(id).replace("\"Panajachel\"", "\"" + municipality + "\""),
                InterestSubmitted.class);
        registrations.register(new InterestSubmitted(s.eventId(), Instant.now().minus(age).truncatedTo(ChronoUnit.MILLIS),
                id, s.reference(), s.contentHash(), s.applicant(), s.municipality(), s.motivation(), s.focusAreas(),
                s.workshops(), s.partnershipInterest(), s.mentorshipInterest(), s.consent(), callId));
        return id;
    }

    private ChromeDriver frank() {
        ChromeDriver frank = browser("frank", Browsers::chromiumWithoutJavaScript);
        signIn(frank, "frank");
        return frank;
    }

    private static List<String> rowIds(WebDriver driver) {
        return driver.findElements(By.cssSelector("table.queue tbody tr")).stream().map(r -> r.getDomAttribute("data-id"))
                .toList();
    }

    private static WebElement row(WebDriver driver, UUID id) {
        return driver.findElement(By.cssSelector("table.queue tbody tr[data-id='" + id + "']"));
    }
}
