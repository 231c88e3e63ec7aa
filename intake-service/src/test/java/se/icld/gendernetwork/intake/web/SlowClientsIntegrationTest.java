package se.icld.gendernetwork.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.intake.IntakeTestSupport;
import se.icld.gendernetwork.intake.SlowClients;

/**
 * Issue 15: 200 connections dribbling a body one byte at a time took the form down for as long as they
 * were held (each held a request thread in a blocking read). Here more of them than there are request
 * threads (server.tomcat.threads.max, 200) are held while an applicant opens and submits the form and
 * a client posts to the API; then the deadline for a whole body (http.request-body.read-deadline) cuts
 * every slow one off.
 */
class SlowClientsIntegrationTest extends IntakeTestSupport {

    private static final int SLOW = 250;

    @Test
    void slowBodiesHoldNoRequestThreadAndAreCutOffAtTheDeadline() throws Exception {
        try (SlowClients slow = SlowClients.open(port, "/api/v1/submissions", "application/json", SLOW, Duration.ofSeconds(1))) {
            assertThat(slow.ended()).isZero();

            var page = get("/?call=network-2024", Map.of());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(postForm(validForm(formKey(page.body()), "es"), Map.of()).statusCode()).isEqualTo(200);
            assertThat(postJson(validSubmission(), Map.of("Idempotency-Key", UUID.randomUUID().toString())).statusCode())
                    .isEqualTo(202);

            await().atMost(Duration.ofSeconds(60)).until(() -> slow.ended() == SLOW);
            assertThat(slow.endings()).allSatisfy(ending -> assertThat(ending).matches("HTTP/1\\.1 408.*|closed"));
        }
    }
}
