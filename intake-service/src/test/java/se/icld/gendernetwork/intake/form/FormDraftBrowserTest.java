package se.icld.gendernetwork.intake.form;

import static org.assertj.core.api.Assertions.assertThat;
import static se.icld.gendernetwork.intake.FormInBrowser.MOTIVATION;
import static se.icld.gendernetwork.intake.FormInBrowser.fillAsMaria;
import static se.icld.gendernetwork.intake.FormInBrowser.submit;
import static se.icld.gendernetwork.intake.FormInBrowser.type;
import static se.icld.gendernetwork.intake.FormInBrowser.value;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import se.icld.gendernetwork.intake.FormBrowserTestSupport;
import se.icld.gendernetwork.intake.FormInBrowser;
import se.icld.gendernetwork.testsupport.Browsers;

/**
 * With JavaScript on, the form keeps a draft in this browser (localStorage) and offers it back on the
 * next visit; a lost connection or a closed tab loses nothing typed. (Without JavaScript: FormBrowserTest.)
 */
class FormDraftBrowserTest extends FormBrowserTestSupport {

    static final String DRAFT = "intake-form-draft";

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.chromium();
    }

    @BeforeEach
    void noDraft() {
        open("/accessibility");
        browser.executeScript("localStorage.clear()");
    }

    @Test
    void whatWasTypedIsOfferedBackOnTheNextVisitWithoutTheConsentAndForgottenOnceSent() {
        open("/?call=network-2024&lang=en");
        assertThat(draftOffered()).as("nothing to offer yet").isFalse();
        assertThat(browser.findElement(By.id("draft-note")).isDisplayed()).isTrue();
        fillAsMaria(browser, MOTIVATION);
        String key = FormInBrowser.key(browser);
        assertThat(storedDraft()).contains("María López", "focusArea-GENDER_BASED_VIOLENCE", key).doesNotContain("\"consent\"");

        // The connection drops, the tab is closed: the next visit is a new page.
        open("/?call=network-2024&lang=en");
        assertThat(value(browser, "fullName")).isEmpty();
        assertThat(draftOffered()).isTrue();
        assertThat(browser.findElement(By.id("draft")).getText()).contains("You have answers not yet sent");

        browser.findElement(By.id("draft-restore")).click();

        assertThat(draftOffered()).isFalse();
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
        assertForgotten("/?call=network-2024&lang=en");
    }

    @Test
    void aDraftCanBeDiscarded() {
        open("/?call=network-2024");
        type(browser, "fullName", "Ana Pérez");
        open("/?call=network-2024");

        browser.findElement(By.id("draft-discard")).click();

        assertThat(draftOffered()).isFalse();
        assertThat(value(browser, "fullName")).isEmpty();
        assertForgotten("/?call=network-2024");
    }

    @Test
    void aPageShownAgainWithErrorsIsTheDraftAndOffersNothing() {
        open("/?call=network-2024&lang=sv");
        type(browser, "fullName", "Ana Pérez");
        submit(browser);

        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("error-summary");
        assertThat(draftOffered()).isFalse();
        assertThat(storedDraft()).contains("Ana Pérez");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** No draft is kept, and {@code page} visited again offers none. */
    private void assertForgotten(String page) {
        assertThat(storedDraft()).isNull();
        open(page);
        assertThat(draftOffered()).isFalse();
    }

    /** Whether the page offers a draft back. */
    private static boolean draftOffered() {
        return browser.findElement(By.id("draft")).isDisplayed();
    }

    /** The draft kept in the browser, as JSON, or null. */
    private static String storedDraft() {
        return (String) browser.executeScript("return localStorage.getItem(arguments[0])", DRAFT);
    }
}
