package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import se.icld.gendernetwork.testsupport.Browsers;

/**
 * Reviews in the console, in headless Chromium with JavaScript off: two reviewers score an
 * application from the form after its text (English and Swedish), see each other's reviews and
 * the averages, and replace their own; a refused review (sent without a browser's checks) is
 * shown with its problems; the applicant's status page shows none of it. A reviewer declares a
 * conflict of interest: the application leaves their queue and offers them no form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewsBrowserIntegrationTest extends PageTestSupport {

    private static final String CRITERION = "leadership-commitment";

    @Test
    void twoReviewersScoreTheApplicationAndSeeTheReviewsAndTheirAverages() {
        UUID id = registerApplication(unique("Ana Pérez"), unique("Florida"), "es", Duration.ofDays(2));
        ChromeDriver carol = signedIn("carol");
        carol.get(url("/console/applications/" + id + "?lang=en"));

        String page = carol.getPageSource();
        assertThat(page.indexOf("id=\"review-form\"")).as("the form comes after the application's text")
                .isGreaterThan(page.indexOf("id=\"motivation\""));
        assertThat(carol.findElement(By.id("reviews-none")).getText()).isEqualTo("No reviews yet.");
        assertThat(carol.findElements(By.cssSelector("#review-form fieldset.choices legend")).stream().map(WebElement::getText)
                .toList()).containsExactly("Commitment of the municipality's leadership", "Relevance to the network's focus areas",
                "Capacity to take part in both workshops", "Potential for a municipal partnership", "Recommendation");
        score(carol, 5, 4, 3, 4, "ACCEPT", "Strong commitment from the mayor");
        navigate(carol, carol.findElement(By.id("review-button")));

        assertThat(carol.findElement(By.id("done")).getText()).isEqualTo("Your review is saved.");
        assertThat(cells(carol, "#review-table tbody tr")).containsExactly(
                "carol", "5", "4", "3", "4", "Accept", "Strong commitment from the mayor");
        assertThat(carol.findElement(By.cssSelector("#review-form legend")).getText()).startsWith("Your review (sending it replaces");
        assertThat(carol.findElement(By.cssSelector("input[name='score." + CRITERION + "'][value='5']")).isSelected())
                .as("the form holds one's own review").isTrue();

        ChromeDriver dave = signedIn("dave");
        dave.get(url("/console/applications/" + id + "?lang=sv"));
        assertThat(cells(dave, "#review-table tbody tr")).startsWith("carol", "5");
        score(dave, 2, 3, 3, 4, "WAITLIST", "");
        navigate(dave, dave.findElement(By.id("review-button")));

        assertThat(dave.findElement(By.id("done")).getText()).isEqualTo("Din bedömning är sparad.");
        assertThat(dave.findElements(By.cssSelector("#review-table tbody tr"))).hasSize(2);
        assertThat(cells(dave, "#review-aggregate tr")).startsWith("Medelvärde", "3,50", "3,50", "3,00", "4,00");
        assertThat(dave.findElement(By.cssSelector("#review-aggregate td[colspan]")).getText())
                .isEqualTo("Medelvärde totalt: 3,50; Anta: 1, Väntelista: 1, Avslå: 0");
        assertThat(dave.findElements(By.cssSelector("#history tbody tr td:nth-child(2)")).stream().map(WebElement::getText))
                .contains("Bedömd av en granskare");
        dave.manage().window().setSize(new Dimension(1280, 3000));
        screenshot(dave, "console-reviews");
        dave.manage().window().setSize(new Dimension(1280, 1024));

        ChromeDriver applicant = browser("applicant", Browsers::chromiumWithoutJavaScript);
        applicant.get(url("/status/" + id + "?token=" + token(id)));
        assertThat(applicant.getPageSource()).doesNotContain("Strong commitment from the mayor", "carol", "dave", "3,50");
    }

    @Test
    void aReviewSentIncompleteIsShownAgainWithItsProblemsAndNothingIsKept() {
        UUID id = registerApplication(unique("Rosa Díaz"), unique("Vaupés"), "es", Duration.ofDays(1));
        PageClient carol = new PageClient(port);
        carol.login("carol");
        String detail = carol.get("/console/applications/" + id + "?lang=en").body();

        HttpResponse<String> refused = carol.postWithCsrf("/console/applications/" + id + "/reviews", detail,
                Map.of("score." + CRITERION, "7", "score.focus-relevance", "3", "comment", "Kept in the form"));
        HttpResponse<String> withoutToken = carol.post("/console/applications/" + id + "/reviews",
                Map.of("score." + CRITERION, "3", "recommendation", "ACCEPT"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The review was not saved",
                "The score for &quot;Commitment of the municipality&#39;s leadership&quot; must be between 1 and 5.",
                "Score &quot;Capacity to take part in both workshops&quot;.",
                "Choose a recommendation: accept, waitlist or reject.", ">Kept in the form</textarea>");
        assertThat(withoutToken.statusCode()).as("CSRF as on the other forms").isEqualTo(403);
        assertThat(carol.get("/console/applications/" + id + "?lang=en").body()).contains("No reviews yet.");
    }

    @Test
    void aReviewerDeclaresAConflictAndTheApplicationLeavesTheirQueueAndOffersThemNoForm() {
        String name = unique("Marta Conflicto");
        UUID id = registerApplication(name, unique("Puerto Nariño"), "es", Duration.ofHours(3));
        ChromeDriver dave = signedIn("dave");
        dave.get(url("/console/applications/" + id + "?lang=es"));

        dave.findElement(By.cssSelector("#conflicts summary")).click();
        dave.findElement(By.id("conflict-reason")).sendKeys("Trabajé en esa alcaldía hasta 2024");
        assertThat(dave.findElements(By.id("conflict-reviewer"))).as("naming someone else is for admins").isEmpty();
        navigate(dave, dave.findElement(By.id("conflict-button")));

        assertThat(dave.findElement(By.id("done")).getText()).isEqualTo("El conflicto de intereses quedó registrado.");
        assertThat(dave.findElement(By.id("conflicted")).getText()).startsWith("Usted declaró un conflicto de intereses");
        assertThat(dave.findElements(By.id("review-form"))).isEmpty();
        assertThat(dave.findElements(By.id("claim-button"))).isEmpty();
        assertThat(dave.findElement(By.id("conflict-list")).getText()).startsWith("dave (declarado por dave,");
        dave.get(url("/console?q=" + name.replace(' ', '+')));
        assertThat(dave.findElement(By.id("summary")).getText()).isEqualTo("Ninguna solicitud, la más antigua primero");
        assertThat(dave.findElements(By.cssSelector("table.queue tbody tr"))).isEmpty();

        ChromeDriver carol = signedIn("carol");
        carol.get(url("/console?q=" + name.replace(' ', '+')));
        assertThat(carol.findElement(By.id("summary")).getText()).isEqualTo("1 solicitud, la más antigua primero");
        assertThat(carol.findElements(By.cssSelector("table.queue tbody tr"))).hasSize(1);

        PageClient daveClient = new PageClient(port);
        daveClient.login("dave");
        String page = daveClient.get("/console/applications/" + id).body();
        HttpResponse<String> claim = daveClient.postWithCsrf("/console/applications/" + id + "/claim", page, Map.of());
        assertThat(claim.statusCode()).isEqualTo(403);
        assertThat(claim.body()).contains("no puede evaluarla, reservarla ni decidirla");
    }

    private static void score(ChromeDriver driver, int leadership, int relevance, int workshops, int partnership,
            String recommendation, String comment) {
        int[] scores = {leadership, relevance, workshops, partnership};
        String[] criteria = {CRITERION, "focus-relevance", "workshop-capacity", "partnership-potential"};
        for (int i = 0; i < criteria.length; i++) {
            driver.findElement(By.cssSelector("input[name='score." + criteria[i] + "'][value='" + scores[i] + "']")).click();
        }
        driver.findElement(By.cssSelector("input[name=recommendation][value=" + recommendation + "]")).click();
        driver.findElement(By.id("review-comment")).clear();
        driver.findElement(By.id("review-comment")).sendKeys(comment);
    }

    private static List<String> cells(ChromeDriver driver, String row) {
        return driver.findElement(By.cssSelector(row)).findElements(By.cssSelector("th, td")).stream()
                .map(WebElement::getText).toList().subList(0, row.contains("aggregate") ? 5 : 7);
    }
}
