package se.icld.gendernetwork.notification.notice.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationLog;
import se.icld.gendernetwork.notification.notice.AlreadySentException;
import se.icld.gendernetwork.notification.notice.InvalidRequeueException;
import se.icld.gendernetwork.notification.notice.NotificationNotFoundException;
import se.icld.gendernetwork.notification.notice.Notifier;
import se.icld.gendernetwork.notification.notice.mail.MailComposer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator API's refusals as problems, one way ({@link ApiProblemAdvice}): status, content type and
 * every field of the body, as the controller answered before the advice existed. The web layer only
 * (the security rules are {@code OperatorApiIntegrationTest}'s); the {@link Notifier} is a stand-in.
 */
@WebMvcTest(NotificationApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class ApiProblemAdviceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @MockitoBean
    Notifier notifier;

    @MockitoBean
    NotificationLog notifications;

    @MockitoBean
    MailComposer composer;

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        given(notifier.resend("missing")).willThrow(new NotificationNotFoundException());

        expectProblem(mvc.perform(post("/api/v1/notifications/missing/resend")), "/api/v1/notifications/missing/resend",
                HttpStatus.NOT_FOUND, "Not Found", "No such notification.");
    }

    @Test
    void anEmailAlreadySentIsAConflictNamingItsMessageId() throws Exception {
        given(notifier.resend("e:receipt")).willThrow(new AlreadySentException("<e.receipt@gender-network.local>"));

        expectProblem(mvc.perform(post("/api/v1/notifications/e:receipt/resend")), "/api/v1/notifications/e:receipt/resend",
                HttpStatus.CONFLICT, "Conflict", "This email was already sent (<e.receipt@gender-network.local>).");
    }

    @Test
    void aRequeueForAnotherStatusOrWithoutSinceIsABadRequest() throws Exception {
        given(notifier.requeue(eq(DeliveryStatus.SENT), any(Instant.class), any(), any()))
                .willThrow(new InvalidRequeueException());

        ResultActions answer = mvc.perform(post("/api/v1/notifications/requeue").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"SENT\", \"since\": \"2026-12-01T08:00:00Z\"}"));

        expectProblem(answer, "/api/v1/notifications/requeue", HttpStatus.BAD_REQUEST, "Bad Request",
                "status (FAILED or UNKNOWN) and since (an instant) are required.");
    }

    @Test
    void aMissingOrMalformedApplicationIdIsABadRequestNamingIt() throws Exception {
        mvc.perform(get("/api/v1/notifications").param("applicationId", "not-an-id\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json(json.writeValueAsString(Map.of("title", "Bad Request", "status", 400,
                        "detail", "applicationId: must be an application id (a UUID).", "instance", "/api/v1/notifications",
                        "errors", List.of(Map.of("field", "applicationId", "message", "must be an application id (a UUID).")))),
                        JsonCompareMode.STRICT));
        mvc.perform(get("/api/v1/notifications"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json(json.writeValueAsString(Map.of("title", "Bad Request", "status", 400,
                        "detail", "applicationId: is required.", "instance", "/api/v1/notifications",
                        "errors", List.of(Map.of("field", "applicationId", "message", "is required.")))),
                        JsonCompareMode.STRICT));
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() throws Exception {
        ResultActions answer = mvc.perform(post("/api/v1/notifications/requeue").contentType(MediaType.APPLICATION_JSON)
                .content("{not json"));

        expectProblem(answer, "/api/v1/notifications/requeue", HttpStatus.BAD_REQUEST, "Bad Request",
                "The body is not the JSON this operation takes.");
    }

    /** The problem, field for field and nothing more; its {@code instance} is the request's path. */
    private void expectProblem(ResultActions answer, String path, HttpStatus status, String title, String detail)
            throws Exception {
        answer.andExpect(status().is(status.value()))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json(json.writeValueAsString(Map.of("title", title,
                        "status", status.value(), "detail", detail, "instance", path)), JsonCompareMode.STRICT));
    }
}
