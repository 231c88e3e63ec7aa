package se.icld.gendernetwork.intake.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static se.icld.gendernetwork.intake.FormInBrowser.MOTIVATION;
import static se.icld.gendernetwork.intake.FormInBrowser.fillAsMaria;
import static se.icld.gendernetwork.intake.FormInBrowser.submit;
import static se.icld.gendernetwork.intake.FormInBrowser.value;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import se.icld.gendernetwork.intake.FormInBrowser;
import se.icld.gendernetwork.intake.PrivateBrokerTestSupport;
import se.icld.gendernetwork.testsupport.Browsers;

/** With Kafka down, the applicant sees intake's own page, not an error page, and loses nothing; it is told the application may have been saved. */
class BrokerOutageBrowserTest extends PrivateBrokerTestSupport {

    @Test
    void theFormComesBackWithEverythingTypedAndSaysItMayHaveBeenSaved() {
        ChromeDriver browser = Browsers.chromiumWithoutJavaScript();
        try {
            browser.get("http://localhost:" + port + "/?call=network-2024");
            fillAsMaria(browser, MOTIVATION);
            String key = FormInBrowser.key(browser);
            stopBroker();

            submit(browser);

            assertThat(browser.findElement(By.id("notice")).getText())
                    .contains("No pudimos confirmar su solicitud", "Es posible que se haya guardado de todos modos");
            assertThat(value(browser, "fullName")).isEqualTo("María López");
            assertThat(value(browser, "email")).isEqualTo("maria.lopez@example.org");
            assertThat(value(browser, "municipalityName")).isEqualTo("Panajachel");
            assertThat(value(browser, "motivation")).isEqualTo(MOTIVATION);
            assertThat(browser.findElement(By.id("focusArea-POLITICAL_PARTICIPATION")).isSelected()).isTrue();
            assertThat(browser.findElement(By.id("consent")).isSelected()).isTrue();
            assertThat(FormInBrowser.key(browser)).isEqualTo(key);
        } finally {
            browser.quit();
        }
    }
}
