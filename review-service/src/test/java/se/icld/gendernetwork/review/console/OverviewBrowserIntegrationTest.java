package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import se.icld.gendernetwork.testsupport.Browsers;

/**
 * The call's overview in headless Chromium with JavaScript off (the charts are drawn by the server):
 * a reviewer opens it from the console's navigation, in Spanish and in English; every chart is an
 * image with a title and a description, followed by a table whose numbers move by exactly the
 * applications this test adds (other tests' applications share the database, so the test compares
 * before and after); the CSV download holds the same rows. No applicant's name is on the page.
 * Reviewers and admins may open it, as the queue; anyone else not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewBrowserIntegrationTest extends PageTestSupport {

    @Test
    void aReviewerSeesTheCallsFiguresAsChartsWithTablesInSpanishAndEnglishAndDownloadsThemAsCsv() throws Exception {
        ChromeDriver dave = browser("dave", Browsers::chromiumWithoutJavaScript);
        signIn(dave, "dave");
        dave.get(url("/console?lang=es"));
        navigate(dave, dave.findElement(By.id("nav-overview")));
        assertThat(dave.getCurrentUrl()).isEqualTo(url("/console/overview"));
        assertThat(dave.findElement(By.tagName("h1")).getText()).isEqualTo("Resumen de la convocatoria");
        assertThat(dave.findElement(By.id("nav-overview")).getDomAttribute("aria-current")).isEqualTo("page");
        Map<String, Map<String, Long>> before = tables(dave);

        String municipality = unique("Santa Rosa de Cabal");
        String names = unique("Gloria Inés Restrepo");
        Duration age = Duration.ofDays(2);
        LocalDate day = LocalDate.ofInstant(Instant.now().minus(age), ZoneOffset.UTC);
        UUID decided = registerApplication(names, municipality, "es", age, "CO", "Risaralda");
        registerApplication(names, municipality, "sv", age, "CO", "Risaralda");
        registerApplication(names, unique("Sololá"), "en", age, "GT", "Sololá");
        assertThat(post("/api/v1/review/applications/" + decided + "/claim", "alice", null).statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/review/applications/" + decided + "/decision", "alice", "{\"outcome\":\"ACCEPTED\"}")
                .statusCode()).isEqualTo(200);

        dave.navigate().refresh();
        Map<String, Map<String, Long>> after = tables(dave);

        assertThat(delta(before, after, "status", "Recibida")).isEqualTo(2);
        assertThat(delta(before, after, "status", "Aceptada")).isEqualTo(1);
        assertThat(delta(before, after, "country", "Colombia")).isEqualTo(2);
        assertThat(delta(before, after, "country", "Guatemala")).isEqualTo(1);
        assertThat(delta(before, after, "language", "Svenska")).isEqualTo(1);
        assertThat(delta(before, after, "language", "English")).isEqualTo(1);
        assertThat(delta(before, after, "days", day.toString())).isEqualTo(3);
        assertThat(delta(before, after, "decision", "De 1 a 3 días")).isEqualTo(1);
        assertThat(delta(before, after, "focus", "Participación política de las mujeres")).isEqualTo(3);
        assertThat(after.get("municipality")).containsEntry(municipality + " (CO)", 2L);
        long total = after.get("status").values().stream().mapToLong(Long::longValue).sum();
        assertThat(after.get("municipality").values().stream().mapToLong(Long::longValue).sum())
                .as("the named municipalities and the other row hold every application").isEqualTo(total);
        assertThat(dave.findElement(By.id("overview-summary")).getText()).startsWith("Solicitudes: " + total + ".");

        List<WebElement> charts = dave.findElements(By.cssSelector("svg.chart[role=img]"));
        assertThat(charts).hasSize(8);
        for (WebElement chart : charts) {
            String id = chart.getDomAttribute("id");
            assertThat(chart.getDomAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
            String title = dave.findElement(By.id(id + "-title")).getDomProperty("textContent");
            assertThat(title).isNotBlank();
            assertThat(dave.findElement(By.id(id + "-desc")).getDomProperty("textContent")).isNotBlank();
            // the table after the chart has the chart's title as its caption
            WebElement section = dave.findElement(By.id(id.replace("chart-", "section-")));
            assertThat(section.findElement(By.cssSelector("table caption")).getText()).isEqualTo(title);
        }
        // drawn by the server: the bars are in the page as it was sent, without JavaScript
        assertThat(dave.findElements(By.cssSelector("#chart-status rect.bar"))).hasSize(7);
        assertThat(dave.getPageSource()).doesNotContain(names).doesNotContain("style=");
        dave.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 4200));
        screenshot(dave, "console-overview");
        dave.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));

        dave.get(url("/console/overview?lang=en"));
        assertThat(dave.findElement(By.tagName("h1")).getText()).isEqualTo("Overview of the call");
        assertThat(dave.findElement(By.id("nav-overview")).getText()).isEqualTo("Overview");
        assertThat(dave.findElement(By.id("chart-status-title")).getDomProperty("textContent"))
                .isEqualTo("Applications by status");
        Map<String, Map<String, Long>> english = tables(dave);
        assertThat(english.get("status").get("Accepted")).isEqualTo(after.get("status").get("Aceptada"));
        assertThat(english.get("decision")).containsKey("1 to 3 days");

        HttpResponse<String> csv = download(dave, dave.findElement(By.id("overview-csv")).getDomAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"call-overview.csv\"");
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("section,label,count");
        assertThat(lines).contains("Applications by municipality," + municipality + " (CO),2",
                "Summary,Applications," + total,
                "Applications by status,Accepted," + english.get("status").get("Accepted"));
        assertThat(csv.body()).doesNotContain(names);
    }

    @Test
    void reviewersAndAdminsMaySeeTheOverviewNobodyElse() {
        PageClient anonymous = new PageClient(port);
        assertThat(anonymous.get("/console/overview").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/console/overview.csv").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/login"));
        PageClient auditor = new PageClient(port);
        auditor.login("auditor");
        assertThat(auditor.get("/console/overview").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/console/overview.csv").statusCode()).isEqualTo(403);
        PageClient admin = new PageClient(port);
        admin.login("admin");
        HttpResponse<String> page = admin.get("/console/overview?lang=sv");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Översikt över utlysningen", "Inskick per dag");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("style-src 'self'"));
        HttpResponse<String> csv = admin.get("/console/overview.csv?lang=sv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().replace("\uFEFF", "").lines().findFirst()).hasValue("avsnitt,etikett,antal");
    }

    /** Every figure's table, by section id ({@code section-status} → {@code status}): label → count. */
    private static Map<String, Map<String, Long>> tables(WebDriver driver) {
        Map<String, Map<String, Long>> tables = new LinkedHashMap<>();
        for (WebElement section : driver.findElements(By.cssSelector("section.figure"))) {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (WebElement row : section.findElements(By.cssSelector("table.figures tbody tr"))) {
                rows.put(row.findElement(By.tagName("th")).getText(),
                        Long.parseLong(row.findElement(By.tagName("td")).getText()));
            }
            tables.put(section.getDomAttribute("id").substring("section-".length()), rows);
        }
        return tables;
    }

    private static long delta(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after,
            String section, String label) {
        return after.get(section).getOrDefault(label, 0L) - before.getOrDefault(section, Map.of()).getOrDefault(label, 0L);
    }

    /** The link as the signed-in browser would fetch it: with its session cookie. */
    private HttpResponse<String> download(ChromeDriver driver, String href) throws Exception {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(href))).timeout(Duration.ofSeconds(20))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
