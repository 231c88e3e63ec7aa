package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.test.context.TestPropertySource;

import se.icld.gendernetwork.review.PartnershipSubmissions;
import se.icld.gendernetwork.testsupport.Browsers;

/**
 * The partnership programme in the console: a reviewer (frank) sees a partnership application's answers
 * and its eligibility, with a link to the network application, and cannot accept it while that one is not
 * accepted; the acceptance email of the network application previews the link to the partnership form; an
 * admin records the mentor, which the applicant's status page shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(locations = "classpath:partnership-calls.properties")
class PartnershipBrowserIntegrationTest extends PageTestSupport {

    private static String text(ChromeDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    void aReviewerSeesTheEligibilityAndAnAdminRecordsTheMentor() {
        String reference = PartnershipSubmissions.newReference();
        UUID earlier = PartnershipSubmissions.network(registrations, json, reference, unique("Panajachel"), unique("Ana Pérez"));
        UUID id = PartnershipSubmissions.partnership(registrations, json, reference, null, "San Pedro La Laguna", "GT", "en");

        ChromeDriver frank = signedIn("frank");
        frank.get(url("/console/applications/" + id + "?lang=en"));
        assertThat(text(frank, "partnership-reference")).isEqualTo(reference);
        assertThat(text(frank, "partnership-municipality")).isEqualTo("No preference");
        assertThat(text(frank, "partnership-mentoring")).isEqualTo("Yes");
        assertThat(text(frank, "eligibility-verdict"))
                .isEqualTo("Not eligible: the network application " + reference + " is not accepted (its status: Received).");
        assertThat(frank.findElements(By.cssSelector("#eligibility-warnings li")).stream().map(WebElement::getText).toList())
                .singleElement().asString().startsWith("Check: the municipality (San Pedro La Laguna) differs");
        assertThat(frank.findElement(By.id("earlier-application")).getAttribute("href"))
                .isEqualTo(url("/console/applications/" + earlier));
        assertThat(frank.findElements(By.id("mentor-form"))).as("not accepted, and frank is no admin").isEmpty();

        // Accepting it is refused with the reason, before the confirmation.
        navigate(frank, frank.findElement(By.id("claim-button")));
        frank.findElement(By.cssSelector("#decide input[value=ACCEPTED]")).click();
        navigate(frank, frank.findElement(By.id("decide-button")));
        assertThat(text(frank, "problem")).startsWith("This partnership application cannot be accepted");
        assertThat(text(frank, "status")).isEqualTo("In review");
        // A bulk acceptance names it as skipped, with the reason.
        frank.get(url("/console/decisions/bulk?id=" + id + "&outcome=ACCEPTED&lang=en"));
        assertThat(frank.findElement(By.cssSelector("tr[data-id='" + id + "'] .what")).getText())
                .isEqualTo("Skipped: not eligible. Not eligible: the network application " + reference
                        + " is not accepted (its status: Received).");
        frank.get(url("/console/applications/" + id + "?lang=en"));

        // The network application's acceptance: its email previews the partnership form, pre-filled.
        navigate(frank, frank.findElement(By.id("earlier-application")));
        navigate(frank, frank.findElement(By.id("claim-button")));
        frank.findElement(By.cssSelector("#decide input[value=ACCEPTED]")).click();
        navigate(frank, frank.findElement(By.id("decide-button")));
        assertThat(text(frank, "preview-text")).contains("http://localhost:8081/?call=partnership-2025&reference=" + reference);
        navigate(frank, frank.findElement(By.id("confirm-button")));
        assertThat(text(frank, "status")).isEqualTo("Accepted");

        frank.get(url("/console/applications/" + id + "?lang=en"));
        assertThat(text(frank, "eligibility-verdict"))
                .isEqualTo("Eligible: the network application " + reference + " is accepted.");
        frank.findElement(By.cssSelector("#decide input[value=ACCEPTED]")).click();
        navigate(frank, frank.findElement(By.id("decide-button")));
        navigate(frank, frank.findElement(By.id("confirm-button")));
        assertThat(text(frank, "status")).isEqualTo("Accepted");
        assertThat(frank.findElements(By.id("mentor-form"))).as("admins only").isEmpty();

        ChromeDriver admin = signedIn("admin");
        admin.get(url("/console/applications/" + id + "?lang=en"));
        assertThat(text(admin, "mentor-none")).isEqualTo("No mentor recorded yet.");
        admin.findElement(By.id("mentor-name-field")).sendKeys("Karin Lindqvist");
        admin.findElement(By.id("mentor-organisation-field")).sendKeys("Uppsala kommun");
        admin.findElement(By.id("mentor-email-field")).sendKeys("karin@example.se");
        navigate(admin, admin.findElement(By.id("mentor-button")));

        assertThat(text(admin, "done")).isEqualTo("The mentor is recorded; the applicant is told by email.");
        assertThat(text(admin, "mentor-name")).isEqualTo("Karin Lindqvist");
        assertThat(text(admin, "mentor-organisation")).isEqualTo("Uppsala kommun");
        assertThat(admin.findElements(By.cssSelector("#history tbody tr td:nth-child(2)")).stream().map(WebElement::getText))
                .contains("Mentor recorded");
        screenshot(admin, "console-partnership-mentor");

        frank.get(url("/console/applications/" + id + "?lang=en"));
        assertThat(text(frank, "mentor-email")).isEqualTo("karin@example.se");
        assertThat(frank.findElements(By.id("mentor-form"))).isEmpty();

        ChromeDriver applicant = browser("applicant", Browsers::chromiumWithoutJavaScript);
        applicant.get(url("/status/" + id + "?token=" + token(id) + "&lang=en"));
        assertThat(text(applicant, "mentor-h")).isEqualTo("Your mentor");
        assertThat(text(applicant, "mentor-name")).isEqualTo("Karin Lindqvist");
        assertThat(text(applicant, "mentor-email")).isEqualTo("karin@example.se");
        applicant.get(url("/status/" + id + "/data?token=" + token(id) + "&lang=en"));
        assertThat(text(applicant, "data-partnership-reference")).isEqualTo(reference);
        assertThat(text(applicant, "data-partnership-municipality")).isEqualTo("No preference");
        assertThat(text(applicant, "data-mentor")).isEqualTo("Karin Lindqvist (Uppsala kommun), karin@example.se");
    }
}
