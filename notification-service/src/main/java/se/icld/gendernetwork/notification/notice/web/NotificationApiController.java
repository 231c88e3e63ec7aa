package se.icld.gendernetwork.notification.notice.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.notification.journal.NotificationLog;
import se.icld.gendernetwork.notification.notice.Notice;
import se.icld.gendernetwork.support.mail.MailModel;
import se.icld.gendernetwork.notification.notice.Notifier;
import se.icld.gendernetwork.notification.notice.Template;
import se.icld.gendernetwork.notification.notice.mail.MailComposer;
import se.icld.gendernetwork.notification.notice.mail.RenderedMail;

/**
 * The operators' API (ADMIN): the log of one application, a resend that is safe to press twice, a bulk
 * requeue, previews. Refusals are the {@link Notifier}'s exceptions, answered by {@link ApiProblemAdvice}.
 */
@RestController
@RequiredArgsConstructor
class NotificationApiController {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final NotificationLog notifications;
    private final Notifier notifier;
    private final MailComposer composer;

    /** A log line: no address, no name, no content. */
    record LogLine(String id, String eventId, String template, String language, DeliveryStatus status, int attempts,
            String messageId, String lastError, Instant createdAt, Instant updatedAt, Instant sentAt,
            Instant nextAttemptAt) {

        static LogLine of(NotificationEntry e) {
            return new LogLine(e.id(), e.eventId(), e.template(), e.language(), e.status(), e.attempts(), e.messageId(),
                    e.lastError(), e.createdAt(), e.updatedAt(), e.sentAt(),
                    e.status() == DeliveryStatus.RETRYING || e.status() == DeliveryStatus.UNKNOWN ? e.nextAttemptAt() : null);
        }
    }

    @GetMapping("/api/v1/notifications")
    List<LogLine> log(@RequestParam UUID applicationId) {
        return notifications.forApplication(applicationId.toString()).stream().map(LogLine::of).toList();
    }

    /**
     * Sends a FAILED (or UNKNOWN) email again: 202 with the log line. Pressing twice is harmless: the
     * second press finds it already on its way (202, nothing more happens); a SENT email is not sent
     * again (409); an unknown id is 404.
     */
    @ApiResponse(responseCode = "202", description = "On its way again (or already on its way): the log line.")
    @PostMapping("/api/v1/notifications/{id}/resend")
    ResponseEntity<LogLine> resend(@PathVariable String id) {
        return ResponseEntity.accepted().body(LogLine.of(notifier.resend(id)));
    }

    /**
     * A bulk resend: {@code {"status": "FAILED" | "UNKNOWN", "since": instant, "until": instant?,
     * "applicationIds": [..]?}} → 202 {@code {"requeued": n}}; 400 without {@code since} or with another status.
     */
    @ApiResponse(responseCode = "202", description = "How many entries were put back to be sent.")
    @PostMapping("/api/v1/notifications/requeue")
    ResponseEntity<RequeueResult> requeue(@RequestBody RequeueRequest request) {
        long requeued = notifier.requeue(request.status(), request.since(), request.until(), request.applicationIds());
        return ResponseEntity.accepted().body(new RequeueResult(requeued));
    }

    record RequeueRequest(DeliveryStatus status, Instant since, Instant until, List<String> applicationIds) {
    }

    record RequeueResult(long requeued) {
    }

    /** Renders a template in a language with sample data: {@code format=html|text|subject}; 404 for an unknown one. */
    @GetMapping("/api/v1/notifications/preview/{template}")
    ResponseEntity<String> preview(@PathVariable String template, @RequestParam(defaultValue = "es") String lang,
            @RequestParam(defaultValue = "html") String format) {
        Optional<Template> known = Template.fromWire(template);
        if (known.isEmpty() || !Notice.LANGUAGES.contains(lang)) {
            return ResponseEntity.notFound().build();
        }
        RenderedMail mail = composer.render(known.get(), lang, MailModel.sample());
        return switch (format) {
            case "text" -> ResponseEntity.ok().contentType(TEXT).body(mail.text());
            case "subject" -> ResponseEntity.ok().contentType(TEXT).body(mail.subject());
            default -> ResponseEntity.ok().contentType(HTML).body(mail.html());
        };
    }
}
