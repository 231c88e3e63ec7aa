package se.icld.gendernetwork.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import se.icld.gendernetwork.testsupport.Browsers;

/** An applicant at the keyboard: fills the public form field by field, as a person would. */
public final class FormInBrowser {

    public static final String MOTIVATION =
            "Queremos fortalecer la participación política de las mujeres en nuestro municipio.";

    private FormInBrowser() {
    }

    public static void fillAsMaria(WebDriver browser, String motivation) {
        typeMariaAndPanajachel(browser, "María López", "+502 5555 1234");
        type(browser, "motivation", motivation);
        browser.findElement(By.id("focusArea-POLITICAL_PARTICIPATION")).click();
        browser.findElement(By.id("focusArea-GENDER_BASED_VIOLENCE")).click();
        browser.findElement(By.id("workshopLocal")).click();
        browser.findElement(By.id("consent")).click();
    }

    /**
     * The fields about María (named {@code fullName}, her phone left alone when null) and her
     * municipality, Panajachel, which both calls' forms ask.
     */
    public static void typeMariaAndPanajachel(WebDriver browser, String fullName, String phone) {
        type(browser, "fullName", fullName);
        type(browser, "position", "Directora Municipal de la Mujer");
        type(browser, "email", "maria.lopez@example.org");
        if (phone != null) {
            type(browser, "phone", phone);
        }
        new Select(browser.findElement(By.id("country"))).selectByValue("GT");
        type(browser, "municipalityName", "Panajachel");
        type(browser, "region", "Sololá");
    }

    /** What {@link #fillAsMaria} typed and ticked is all still there, under the same idempotency key. */
    public static void assertStillFilledAsMaria(WebDriver browser, String motivation, String key) {
        assertThat(value(browser, "motivation")).isEqualTo(motivation);
        assertThat(value(browser, "fullName")).isEqualTo("María López");
        assertThat(value(browser, "country")).isEqualTo("GT");
        assertThat(browser.findElement(By.id("focusArea-GENDER_BASED_VIOLENCE")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("consent")).isSelected()).isTrue();
        assertThat(key(browser)).isEqualTo(key);
    }

    public static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses the submit button and waits for whatever page comes back. */
    public static void submit(WebDriver browser) {
        WebElement button = browser.findElement(By.id("submit"));
        button.click();
        Browsers.awaitGone(browser, button, Duration.ofSeconds(20));
    }

    public static String value(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    public static String key(WebDriver browser) {
        return browser.findElement(By.name("idempotencyKey")).getDomProperty("value");
    }
}
