package se.icld.gendernetwork.notification.notice.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.icld.gendernetwork.notification.log.DeliveryStatus;
import se.icld.gendernetwork.notification.log.NotificationEntry;
import se.icld.gendernetwork.notification.log.NotificationLog;
import se.icld.gendernetwork.notification.notice.Notice;
import se.icld.gendernetwork.notification.notice.Notice.MailModel;
import se.icld.gendernetwork.notification.notice.Notifier;
import se.icld.gendernetwork.notification.notice.mail.MailComposer;
import se.icld.gendernetwork.notification.notice.mail.RenderedMail;

/** The operators' API (ADMIN): the log of one application, a resend that is safe to press twice, previews. */
@RestController
class NotificationApiController {

    private final NotificationLog notifications;
    private final Notifier notifier;
    private final MailComposer composer;
    private final Clock clock;

    NotificationApiController(NotificationLog notifications, Notifier notifier, MailComposer composer, Clock clock) {
        this.notifications = notifications;
        this.notifier = notifier;
        this.composer = composer;
        this.clock = clock;
    }

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
    List<LogLine> log(@RequestParam String applicationId) {
        return notifications.forApplication(applicationId).stream().map(LogLine::of).toList();
    }

    /**
     * Sends a FAILED (or UNKNOWN) email again. Pressing twice is harmless: the second press finds it already on
     * its way (202, nothing more happens); a SENT email is not sent again (409).
     */
    @PostMapping("/api/v1/notifications/{id}/resend")
    ResponseEntity<Object> resend(@PathVariable String id) {
        NotificationEntry entry = notifications.find(id).orElse(null);
        if (entry == null) {
            return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such notification.")).build();
        }
        if (entry.status() == DeliveryStatus.SENT) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "This email was already sent (" + entry.messageId() + ")."));
        }
        if (notifications.requeueFailed(id, Instant.now(clock))) {
            notifier.attemptIfDue(id);
        }
        return ResponseEntity.accepted().body(LogLine.of(notifications.find(id).orElseThrow()));
    }

    /**
     * A bulk resend: {@code {"status": "FAILED" | "UNKNOWN", "since": instant, "until": instant?,
     * "applicationIds": [..]?}} requeues every entry in that status whose last change is in
     * {@code [since, until)} (of those applications, if given); they go out at the scheduler's pace.
     * Safe to press twice: a requeued entry is no longer in that status, so the second press finds none.
     */
    @PostMapping("/api/v1/notifications/requeue")
    ResponseEntity<Object> requeue(@RequestBody RequeueRequest request) {
        if (request == null || request.since() == null
                || !(request.status() == DeliveryStatus.FAILED || request.status() == DeliveryStatus.UNKNOWN)) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "status (FAILED or UNKNOWN) and since (an instant) are required."));
        }
        long requeued = notifications.requeue(request.status(), request.since(), request.until(),
                request.applicationIds(), Instant.now(clock));
        return ResponseEntity.accepted().body(new RequeueResult(requeued));
    }

    record RequeueRequest(DeliveryStatus status, Instant since, Instant until, List<String> applicationIds) {
    }

    record RequeueResult(long requeued) {
    }

    /** Renders a template in a language with sample data: {@code format=html|text|subject}. */
    @GetMapping("/api/v1/notifications/preview/{template}")
    ResponseEntity<String> preview(@PathVariable String template, @RequestParam(defaultValue = "es") String lang,
            @RequestParam(defaultValue = "html") String format) {
        if (!Notice.TEMPLATES.contains(template) || !Notice.LANGUAGES.contains(lang)) {
            return ResponseEntity.notFound().build();
        }
        RenderedMail mail = composer.render(template, lang, MailModel.sample());
        return switch (format) {
            case "text" -> ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(mail.text());
            case "subject" -> ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(mail.subject());
            default -> ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(mail.html());
        };
    }
}
