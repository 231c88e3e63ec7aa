package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import se.icld.gendernetwork.testsupport.Browsers;

/**
 * Assignments in the console, in headless Chromium with JavaScript off: an admin spreads the
 * undecided applications over two reviewers from the assignments page (English) and assigns one
 * application by hand on its page (Spanish), where a conflicted reviewer is refused with a clear
 * message; a reviewer has neither the page nor the form; the applicant's page shows no names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssignmentsBrowserIntegrationTest extends PageTestSupport {

    private static final String DENIED = "Acceso denegado";

    @Test
    void anAdminSpreadsTheApplicationsOverTheTickedReviewersAndSeesEachOnesLoad() {
        UUID id = registerApplication(unique("Lucía Gómez"), unique("Tactic"), "es", Duration.ofDays(3));
        registerApplication(unique("Rosa Paz"), unique("Tactic"), "es", Duration.ofDays(2));
        ChromeDriver admin = signedIn("admin");
        admin.get(url("/console?lang=en"));
        navigate(admin, admin.findElement(By.id("nav-assignments")));

        assertThat(admin.findElement(By.tagName("h1")).getText()).isEqualTo("Assignments");
        assertThat(admin.findElements(By.cssSelector("#spread-form input[name=reviewer]"))).as("the configured panel")
                .hasSize(3);
        admin.findElement(By.cssSelector("#spread-form input[value=erin]")).click();
        admin.findElement(By.cssSelector("#spread-form input[value=bob]")).click();
        admin.findElement(By.id("per-application")).clear();
        admin.findElement(By.id("per-application")).sendKeys("1");
        admin.findElement(By.id("others")).sendKeys("panel-x");
        navigate(admin, admin.findElement(By.id("spread-button")));

        assertThat(admin.findElement(By.id("done")).getText()).startsWith("Spread done: ");
        assertThat(admin.findElements(By.cssSelector("#load tbody th")).stream().map(e -> e.getText()))
                .contains("alice", "panel-x");
        admin.get(url("/console/applications/" + id + "?lang=en"));
        assertThat(admin.findElement(By.id("assignee-list")).getText()).isIn("alice", "panel-x");
        screenshot(admin, "console-assignments");
    }

    @Test
    void anAdminAssignsOneApplicationByHandAndAConflictedReviewerIsRefused() {
        UUID id = registerApplication(unique("Elena Ruiz"), unique("Cobán"), "es", Duration.ofDays(1));
        ChromeDriver admin = signedIn("admin");
        admin.get(url("/console/applications/" + id + "?lang=es"));
        assertThat(admin.findElement(By.id("assignee-list")).getText()).startsWith("Nadie en particular");

        admin.findElement(By.id("assign-reviewers")).sendKeys("frank, erin");
        navigate(admin, admin.findElement(By.id("assign-button")));

        assertThat(admin.findElement(By.id("done")).getText()).isEqualTo("La asignación quedó guardada.");
        assertThat(admin.findElement(By.id("assignee-list")).getText()).isEqualTo("frank, erin");
        assertThat(admin.findElements(By.cssSelector("#history tbody tr td:nth-child(2)")).stream().map(e -> e.getText()))
                .contains("Personas revisoras asignadas");

        // erin, not dave: the sign-in test locks dave's account for a while on purpose.
        assertThat(post("/api/v1/review/applications/" + id + "/conflict", "erin", "{\"reason\":\"Conozco al alcalde\"}")
                .statusCode()).isEqualTo(200);
        admin.get(url("/console/applications/" + id + "?lang=es"));
        assertThat(admin.findElement(By.id("assignee-list")).getText()).as("a conflict ends the assignment").isEqualTo("frank");
        admin.findElement(By.id("assign-reviewers")).clear();
        admin.findElement(By.id("assign-reviewers")).sendKeys("frank, erin");
        navigate(admin, admin.findElement(By.id("assign-button")));
        assertThat(admin.findElement(By.id("problem")).getText())
                .isEqualTo("erin tiene un conflicto de intereses con esta solicitud: no se le puede asignar. Nada cambió.");
        assertThat(admin.findElement(By.id("assignee-list")).getText()).isEqualTo("frank");

        ChromeDriver frank = signedIn("frank");
        frank.get(url("/console/applications/" + id + "?lang=es"));
        assertThat(frank.findElement(By.id("assignee-list")).getText()).isEqualTo("frank");
        assertThat(frank.findElements(By.id("assign-form"))).as("admins only").isEmpty();
        assertThat(frank.findElements(By.id("nav-assignments"))).isEmpty();
        frank.get(url("/console/assignments"));
        assertThat(frank.findElement(By.tagName("h1")).getText()).isEqualTo(DENIED);
        assertThat(frank.findElements(By.id("spread-form"))).isEmpty();

        ChromeDriver applicant = browser("applicant", Browsers::chromiumWithoutJavaScript);
        applicant.get(url("/status/" + id + "?token=" + token(id)));
        assertThat(applicant.getPageSource()).doesNotContain("frank", "erin");
    }
}
