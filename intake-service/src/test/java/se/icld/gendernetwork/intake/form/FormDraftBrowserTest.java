package se.icld.gendernetwork.intake.form;

import static org.assertj.core.api.Assertions.assertThat;
import static se.icld.gendernetwork.intake.FormInBrowser.MOTIVATION;
import static se.icld.gendernetwork.intake.FormInBrowser.fillAsMaria;
import static se.icld.gendernetwork.intake.FormInBrowser.submit;
import static se.icld.gendernetwork.intake.FormInBrowser.type;
import static se.icld.gendernetwork.intake.FormInBrowser.value;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import se.icld.gendernetwork.intake.FormInBrowser;
import se.icld.gendernetwork.intake.IntakeTestSupport;
import se.icld.gendernetwork.testsupport.Browsers;

/**
 * With JavaScript on, the form keeps a draft in this browser (localStorage) and offers it back on the
 * next visit; a lost connection or a closed tab loses nothing typed. (Without JavaScript: FormBrowserTest.)
 */
class FormDraftBrowserTest extends IntakeTestSupport {

    static final String DRAFT = "intake-form-draft";

    static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.chromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void noDraft() {
        browser.get("http://localhost:" + port + "/accessibility");
        browser.executeScript("localStorage.clear()");
    }

    @Test
    void whatWasTypedIsOfferedBackOnTheNextVisitWithoutTheConsentAndForgottenOnceSent() {
        browser.get("http://localhost:" + port + "/?lang=en");
        assertThat(browser.findElement(By.id("draft")).isDisplayed()).as("nothing to offer yet").isFalse();
        assertThat(browser.findElement(By.id("draft-note")).isDisplayed()).isTrue();
        fillAsMaria(browser, MOTIVATION);
        String key = FormInBrowser.key(browser);
        assertThat((String) browser.executeScript("return localStorage.getItem(arguments[0])", DRAFT))
                .contains("María López", "focusArea-GENDER_BASED_VIOLENCE", key).doesNotContain("\"consent\"");

        // The connection drops, the tab is closed: the next visit is a new page.
        browser.get("http://localhost:" + port + "/?lang=en");
        assertThat(value(browser, "fullName")).isEmpty();
        assertThat(browser.findElement(By.id("draft")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("draft")).getText()).contains("You have answers not yet sent");

        browser.findElement(By.id("draft-restore")).click();

        assertThat(browser.findElement(By.id("draft")).isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("draft-restored");
        assertThat(value(browser, "fullName")).isEqualTo("María López");
        assertThat(value(browser, "motivation")).isEqualTo(MOTIVATION);
        assertThat(value(browser, "country")).isEqualTo("GT");
        assertThat(value(browser, "municipalityName")).isEqualTo("Panajachel");
        assertThat(browser.findElement(By.id("focusArea-GENDER_BASED_VIOLENCE")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("focusArea-URBAN_PLANNING")).isSelected()).isFalse();
        assertThat(browser.findElement(By.id("consent")).isSelected()).as("consent is given anew").isFalse();
        // The same key: if the first page had reached the service after all, this is the same application.
        assertThat(FormInBrowser.key(browser)).isEqualTo(key);

        browser.findElement(By.id("consent")).click();
        submit(browser);

        assertThat(browser.getTitle()).isEqualTo("Application received");
        assertThat(browser.executeScript("return localStorage.getItem(arguments[0])", DRAFT)).isNull();
        browser.get("http://localhost:" + port + "/?lang=en");
        assertThat(browser.findElement(By.id("draft")).isDisplayed()).isFalse();
    }

    @Test
    void aDraftCanBeDiscarded() {
        browser.get("http://localhost:" + port + "/");
        type(browser, "fullName", "Ana Pérez");
        browser.get("http://localhost:" + port + "/");

        browser.findElement(By.id("draft-discard")).click();

        assertThat(browser.findElement(By.id("draft")).isDisplayed()).isFalse();
        assertThat(value(browser, "fullName")).isEmpty();
        assertThat(browser.executeScript("return localStorage.getItem(arguments[0])", DRAFT)).isNull();
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.id("draft")).isDisplayed()).isFalse();
    }

    @Test
    void aPageShownAgainWithErrorsIsTheDraftAndOffersNothing() {
        browser.get("http://localhost:" + port + "/?lang=sv");
        type(browser, "fullName", "Ana Pérez");
        submit(browser);

        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.findElement(By.id("draft")).isDisplayed()).isFalse();
        assertThat((String) browser.executeScript("return localStorage.getItem(arguments[0])", DRAFT)).contains("Ana Pérez");
    }
}
