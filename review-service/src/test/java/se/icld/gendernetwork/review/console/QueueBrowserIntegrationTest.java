package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.review.application.ReviewSubmission;
import se.icld.gendernetwork.review.web.pages.PageFormats;
import se.icld.gendernetwork.review.workflow.ReviewerActions;
import se.icld.gendernetwork.testsupport.Browsers;

/**
 * The queue that guides, in headless Chromium: the views as tabs with their counts, the filters,
 * the orders, the motivation's preview in the applicant's language, previous/next on the detail
 * page within the view (links and the j/k keys), the reader's time zone, the bulk form's address,
 * and the CSV download of the view for admins only. Three applications of one municipality name's
 * prefix (unique to this class), so the other tests' applications never show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueBrowserIntegrationTest extends PageTestSupport {

    @Autowired
    private ReviewerActions actions;

    private String prefix;
    private UUID oldest;
    private UUID middle;
    private UUID newest;

    @BeforeAll
    void threeApplications() {
        prefix = unique("Zacapa");
        oldest = registerApplication(unique("Ana Alfa"), prefix + " Alfa", "en", Duration.ofDays(3));
        middle = registerApplication(unique("Berta Beta"), prefix + " Beta", "sv", Duration.ofDays(2));
        newest = registerApplication(unique("Carla Gama"), prefix + " Gama", "es", Duration.ofDays(1));
        // frank reviewed the middle one (high scores); bob holds the newest.
        actions.review(middle, "frank", new ReviewSubmission(Map.of("leadership-commitment", 5, "focus-relevance", 4,
                "workshop-capacity", 5, "partnership-potential", 4), "ACCEPT", null));
        actions.claim(newest, "bob");
    }

    @Test
    void theViewsFiltersAndOrdersAndThePreview() {
        ChromeDriver frank = frank();
        frank.get(url("/console?lang=en&municipality=" + prefix.replace(' ', '+')));

        // The default view is the open applications, oldest first; each tab counts its view with these filters.
        assertThat(frank.findElement(By.cssSelector(".tabs a[aria-current=page]")).getDomAttribute("id")).isEqualTo("tab-open");
        assertThat(tabCounts(frank)).containsExactly(Map.entry("open", "3"), Map.entry("needs-review", "2"),
                Map.entry("needs-decision", "1"), Map.entry("mine", "0"), Map.entry("unclaimed", "2"), Map.entry("all", "3"));
        assertThat(rowIds(frank)).containsExactly(oldest.toString(), middle.toString(), newest.toString());
        assertThat(frank.findElement(By.id("summary")).getText()).isEqualTo("3 applications, oldest first");

        // The preview: the motivation's start, marked with the applicant's language.
        WebElement preview = row(frank, middle).findElement(By.cssSelector(".preview"));
        assertThat(preview.getDomAttribute("lang")).isEqualTo("sv");
        String motivation = actions.get(middle).motivation();
        assertThat(motivation).startsWith(preview.getText().replace("…", "").strip().substring(0, 30));
        assertThat(row(frank, middle).findElement(By.cssSelector("td.reviews")).getText()).isEqualTo("1 · 4.50");

        navigate(frank, frank.findElement(By.id("tab-needs-review")));
        assertThat(rowIds(frank)).containsExactly(oldest.toString(), newest.toString());
        assertThat(frank.findElement(By.id("summary")).getText()).isEqualTo("2 applications, oldest first");
        assertThat(frank.getCurrentUrl()).contains("view=needs-review").contains("municipality=");

        navigate(frank, frank.findElement(By.id("tab-needs-decision")));
        assertThat(rowIds(frank)).containsExactly(middle.toString());

        // All, highest average score first (the unreviewed after it, oldest first), through the form.
        navigate(frank, frank.findElement(By.id("tab-all")));
        new Select(frank.findElement(By.id("sort"))).selectByValue("score");
        navigate(frank, frank.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(rowIds(frank)).containsExactly(middle.toString(), oldest.toString(), newest.toString());
        assertThat(frank.findElement(By.id("summary")).getText()).startsWith("3 applications, highest average score first");
        new Select(frank.findElement(By.id("sort"))).selectByValue("newest");
        new Select(frank.findElement(By.id("language"))).selectByValue("sv");
        navigate(frank, frank.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(rowIds(frank)).containsExactly(middle.toString());
        assertThat(frank.findElement(By.id("tab-all")).getDomAttribute("aria-current")).isEqualTo("page");
        new Select(frank.findElement(By.id("language"))).selectByValue("");
        navigate(frank, frank.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(rowIds(frank)).containsExactly(newest.toString(), middle.toString(), oldest.toString());

        // Not the start of the name: nothing.
        frank.get(url("/console?lang=en&view=all&municipality=" + prefix.substring(2).replace(' ', '+')));
        assertThat(rowIds(frank)).isEmpty();
        // A value the queue does not know: the reason in words, the default queue.
        frank.get(url("/console?lang=en&view=someone-elses"));
        assertThat(frank.findElement(By.id("problem")).getText()).startsWith("The queue cannot use the value given for \"View\"");
        assertThat(frank.findElement(By.cssSelector(".tabs a[aria-current=page]")).getDomAttribute("id")).isEqualTo("tab-open");

        // On a phone the rows are cards: one column, each cell with its label.
        frank.get(url("/console?lang=en&municipality=" + prefix.replace(' ', '+')));
        frank.manage().window().setSize(new Dimension(400, 900));
        try {
            WebElement cell = row(frank, oldest).findElement(By.cssSelector("td.age"));
            assertThat(cell.getCssValue("display")).isEqualTo("block");
            assertThat(frank.findElement(By.cssSelector("table.queue thead")).getRect().getHeight()).isLessThanOrEqualTo(1);
            screenshot(frank, "console-queue-phone");
        } finally {
            frank.manage().window().setSize(new Dimension(1280, 1024));
        }
        screenshot(frank, "console-queue-views");
    }

    @Test
    void theDetailLinksThePreviousAndNextOfItsViewAndJAndKFollowThem() {
        ChromeDriver frank = frank();
        frank.get(url("/console?lang=en&view=open&sort=oldest&municipality=" + prefix.replace(' ', '+')));
        navigate(frank, row(frank, oldest).findElement(By.cssSelector("td.ref a")));

        assertThat(frank.getCurrentUrl()).contains("/console/applications/" + oldest).contains("view=open")
                .contains("sort=oldest");
        assertThat(frank.findElements(By.id("previous-application"))).isEmpty();
        assertThat(frank.findElement(By.id("next-application")).getDomAttribute("href"))
                .startsWith("/console/applications/" + middle + "?view=open");
        assertThat(frank.findElement(By.id("back")).getDomAttribute("href")).startsWith("/console?view=open")
                .contains("municipality=");
        // The shortcuts are documented on the page.
        WebElement shortcuts = frank.findElement(By.id("shortcuts"));
        shortcuts.findElement(By.tagName("summary")).click();
        assertThat(shortcuts.getText()).contains("Keyboard shortcuts").contains("j").contains("the next application");

        screenshot(frank, "console-detail-within-queue");
        frank.findElement(By.tagName("body")).sendKeys("j");
        new WebDriverWait(frank, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console/applications/" + middle));
        assertThat(frank.findElement(By.id("previous-application")).getDomAttribute("href"))
                .startsWith("/console/applications/" + oldest);
        assertThat(frank.findElement(By.id("next-application")).getDomAttribute("href"))
                .startsWith("/console/applications/" + newest);
        frank.findElement(By.tagName("body")).sendKeys("k");
        new WebDriverWait(frank, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console/applications/" + oldest));

        // Typing j in a field types it: no navigation.
        frank.findElement(By.id("note-text")).sendKeys("j");
        assertThat(frank.getCurrentUrl()).contains("/console/applications/" + oldest);
        assertThat(frank.findElement(By.id("note-text")).getDomProperty("value")).isEqualTo("j");
        // After an action the page keeps its place in the queue.
        navigate(frank, frank.findElement(By.id("note-button")));
        assertThat(frank.findElement(By.id("done")).getText()).isNotBlank();
        assertThat(frank.getCurrentUrl()).contains("/console/applications/" + oldest + "?view=open").contains("sort=oldest");
        assertThat(frank.findElement(By.id("next-application")).getDomAttribute("href"))
                .startsWith("/console/applications/" + middle + "?view=open");

        // Within "needs my review" the middle one (frank reviewed it) is skipped.
        frank.get(url("/console/applications/" + oldest + "?view=needs-review&sort=oldest&municipality="
                + prefix.replace(' ', '+')));
        assertThat(frank.findElement(By.id("next-application")).getDomAttribute("href"))
                .startsWith("/console/applications/" + newest);
        // The newest is bob's: frank is offered no claim, decision or question there.
        navigate(frank, frank.findElement(By.id("next-application")));
        assertThat(frank.findElements(By.id("claim-button"))).isEmpty();
        assertThat(frank.findElements(By.id("decide"))).isEmpty();
        assertThat(frank.findElements(By.id("info-request"))).isEmpty();
        assertThat(frank.findElements(By.id("next-application"))).isEmpty();
    }

    @Test
    void timesAreInTheChosenZoneNamedAndTheChoiceIsRemembered() {
        ChromeDriver frank = frank();
        frank.get(url("/console?lang=en&municipality=" + prefix.replace(' ', '+')));
        java.time.Instant submitted = actions.get(oldest).submittedAt();
        assertThat(frank.findElement(By.id("zone")).getText()).isEqualTo("Times are in Europe/Stockholm.");
        assertThat(row(frank, oldest).findElement(By.cssSelector("td.submitted")).getText()).isEqualTo(
                spaces(PageFormats.dateTimeNamed(submitted, Locale.ENGLISH, ZoneId.of("Europe/Stockholm"))));

        new Select(frank.findElement(By.id("tz"))).selectByValue("America/Bogota");
        navigate(frank, frank.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(frank.findElement(By.id("zone")).getText()).isEqualTo("Times are in America/Bogota.");
        String bogota = spaces(PageFormats.dateTimeNamed(submitted, Locale.ENGLISH, ZoneId.of("America/Bogota")));
        assertThat(row(frank, oldest).findElement(By.cssSelector("td.submitted")).getText()).isEqualTo(bogota);

        // Remembered on the other pages (a cookie), the detail's times in the same zone.
        frank.get(url("/console/applications/" + oldest + "?lang=en"));
        assertThat(frank.findElement(By.id("zone")).getText()).isEqualTo("Times are in America/Bogota.");
        assertThat(frank.findElement(By.cssSelector("dl.facts")).getText()).contains(bogota);

        frank.get(url("/console?lang=en&tz=Europe/Stockholm&municipality=" + prefix.replace(' ', '+')));
        assertThat(frank.findElement(By.id("zone")).getText()).isEqualTo("Times are in Europe/Stockholm.");
    }

    @Test
    void theBulkFormSendsTheChosenIdsAndOutcomeAndOnlyAdminsGetTheCsvOfTheView() {
        actions.claim(oldest, "frank");
        try {
            bulkAndCsv();
        } finally {
            actions.release(oldest, "frank");
        }
    }

    private void bulkAndCsv() {
        ChromeDriver frank = frank();
        frank.get(url("/console?lang=en&view=open&municipality=" + prefix.replace(' ', '+')));

        // A checkbox where a bulk decision can take it: in review (the oldest, frank's; the newest, bob's) and
        // received (the middle one: the bulk decision claims it first).
        assertThat(row(frank, middle).findElements(By.cssSelector("input[type=checkbox]"))).hasSize(1);
        assertThat(frank.findElements(By.id("export-csv"))).as("not for a reviewer").isEmpty();
        row(frank, oldest).findElement(By.cssSelector("input[type=checkbox]")).click();
        row(frank, newest).findElement(By.cssSelector("input[type=checkbox]")).click();
        new Select(frank.findElement(By.id("bulk-outcome"))).selectByValue("REJECTED");
        navigate(frank, frank.findElement(By.id("bulk-button")));
        assertThat(frank.getCurrentUrl()).startsWith(url("/console/decisions/bulk?"))
                .contains("outcome=REJECTED").contains("id=" + oldest).contains("id=" + newest).doesNotContain("id=" + middle);

        // The CSV is the admin's only, with the view and filters the admin is looking at.
        assertThat(fetch(frank, "/console/export.csv?view=all").statusCode()).isEqualTo(403);
        ChromeDriver admin = browser("admin", Browsers::chromium);
        signIn(admin, "admin");
        admin.get(url("/console?lang=en&view=all&language=en&municipality=" + prefix.replace(' ', '+')));
        WebElement link = admin.findElement(By.id("export-csv"));
        assertThat(link.getText()).isEqualTo("Download CSV");
        assertThat(link.getDomAttribute("href")).startsWith("/console/export.csv?view=all").contains("language=en")
                .contains("municipality=");
        java.net.http.HttpResponse<String> csv = fetch(admin, link.getDomAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).contains(oldest.toString()).doesNotContain(middle.toString()).doesNotContain(newest.toString());
        admin.get(url("/console?lang=en&view=all&municipality=" + prefix.replace(' ', '+')));
        assertThat(fetch(admin, admin.findElement(By.id("export-csv")).getDomAttribute("href")).body())
                .contains(oldest.toString(), middle.toString(), newest.toString());
    }

    private ChromeDriver frank() {
        ChromeDriver frank = browser("frank", Browsers::chromium);
        signIn(frank, "frank");
        return frank;
    }

    private static Map<String, String> tabCountsMap(WebDriver driver) {
        Map<String, String> counts = new java.util.LinkedHashMap<>();
        for (WebElement tab : driver.findElements(By.cssSelector(".tabs a"))) {
            counts.put(tab.getDomAttribute("id").substring("tab-".length()), tab.findElement(By.cssSelector(".count")).getText());
        }
        return counts;
    }

    private static List<Map.Entry<String, String>> tabCounts(WebDriver driver) {
        return List.copyOf(tabCountsMap(driver).entrySet());
    }

    private static List<String> rowIds(WebDriver driver) {
        return driver.findElements(By.cssSelector("table.queue tbody tr")).stream().map(r -> r.getDomAttribute("data-id"))
                .toList();
    }

    private static WebElement row(WebDriver driver, UUID id) {
        return driver.findElement(By.cssSelector("table.queue tbody tr[data-id='" + id + "']"));
    }

    /** CLDR writes a narrow no-break space before AM/PM; the page's text reads it as a space. */
    private static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** A GET with the browser's cookies (its session), outside the browser: a download's body and status. */
    private java.net.http.HttpResponse<String> fetch(ChromeDriver driver, String path) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url(path))).header("Cookie", cookies).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
