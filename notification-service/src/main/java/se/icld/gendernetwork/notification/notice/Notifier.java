package se.icld.gendernetwork.notification.notice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.delivery.DeliveryEvent;
import se.icld.gendernetwork.contracts.delivery.NotificationFailed;
import se.icld.gendernetwork.contracts.delivery.NotificationSent;
import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.notification.NotificationProperties;
import se.icld.gendernetwork.notification.StatusLinkProperties;
import se.icld.gendernetwork.notification.log.DeliveryStatus;
import se.icld.gendernetwork.notification.log.NotificationEntry;
import se.icld.gendernetwork.notification.log.NotificationLog;
import se.icld.gendernetwork.support.TraceContexts;
import se.icld.gendernetwork.notification.notice.mail.MailComposer;
import se.icld.gendernetwork.notification.notice.mail.SmtpMailer;
import se.icld.gendernetwork.notification.notice.mail.SmtpMailer.Outcome;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the email an event calls for, once. The log entry {@code <eventId>:<template>} is created
 * first (a unique id), then owned by one attempt at a time through a lease; a finished entry (SENT
 * or FAILED) is never sent again. The only way to send twice is a crash between the SMTP server's
 * 250 and {@link NotificationLog#markSent}: the lease then runs out and the email goes again, with
 * the same Message-ID.
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final List<String> RESULTS = List.of("sent", "retrying", "failed");

    private final NotificationLog notifications;
    private final MailComposer composer;
    private final SmtpMailer mailer;
    private final DeliveryAnnouncer announcer;
    private final NotificationProperties properties;
    private final StatusToken tokens;
    private final String statusBaseUrl;
    private final JsonMapper json;
    private final Clock clock;
    private final TraceContexts traces;
    private final MeterRegistry registry;
    private final Timer sendTimer;
    private final Counter retries;

    Notifier(NotificationLog notifications, MailComposer composer, SmtpMailer mailer, DeliveryAnnouncer announcer,
            NotificationProperties properties, StatusLinkProperties status, JsonMapper json, Clock clock,
            MeterRegistry registry, TraceContexts traces) {
        this.notifications = notifications;
        this.composer = composer;
        this.mailer = mailer;
        this.announcer = announcer;
        this.properties = properties;
        this.tokens = new StatusToken(status.secret());
        this.statusBaseUrl = status.baseUrl().replaceAll("/+$", "");
        this.json = json;
        this.clock = clock;
        this.traces = traces;
        this.registry = registry;
        this.sendTimer = Timer.builder("notification.send").description("Time to hand an email to the SMTP server")
                .publishPercentileHistogram().register(registry);
        this.retries = Counter.builder("notification.retries").description("Attempts scheduled again after a transient SMTP failure")
                .register(registry);
        // Every series exists from the start at zero, so an alert on increase() sees the very first failure.
        for (String template : Notice.TEMPLATES) {
            for (String language : Notice.LANGUAGES) {
                for (String result : RESULTS) {
                    emails(template, language, result);
                }
            }
        }
    }

    /** Handles an event from the topic: logs it once and makes the first attempt if it is due. */
    public void onEvent(ApplicationEvent event) {
        Notice notice = notice(event);
        Instant now = Instant.now(clock);
        String id = NotificationEntry.idOf(event.eventId().toString(), notice.template());
        NotificationEntry created = notifications.createIfAbsent(new NotificationEntry(id,
                event.applicationId().toString(), event.eventId().toString(), notice.template(), notice.language(),
                DeliveryStatus.PENDING, 0, messageId(event, notice), json.writeValueAsString(event), now, now, now,
                null, null, false, traces.current()));
        if (created.status() == DeliveryStatus.SENT || created.status() == DeliveryStatus.FAILED) {
            log.info("notification {} already {}; redelivered event ignored", id, created.status());
            return;
        }
        attemptIfDue(id);
    }

    /** Makes one attempt at an entry if it is due and nobody else owns it. */
    public void attemptIfDue(String id) {
        Instant now = Instant.now(clock);
        Optional<NotificationEntry> claimed = notifications.claimDue(id, now, properties.retry().lease());
        claimed.ifPresent(this::attempt);
    }

    private void attempt(NotificationEntry entry) {
        ApplicationEvent event = json.readValue(entry.event().getBytes(StandardCharsets.UTF_8), ApplicationEvent.class);
        Notice notice = notice(event);
        Outcome outcome;
        try {
            outcome = sendTimer.record(() -> mailer.send(event.recipient().fullName(), event.recipient().email(),
                    entry.messageId(), composer.render(notice)));
        } catch (RuntimeException e) {
            // Anything unforeseen counts as an attempt that may succeed later, so it reaches FAILED in the end.
            outcome = new Outcome(SmtpMailer.Result.TRANSIENT, e.getClass().getSimpleName());
        }
        Instant now = Instant.now(clock);
        int attempts = entry.attempts() + 1;
        switch (outcome.result()) {
            case SENT -> {
                notifications.markSent(entry.id(), entry.messageId(), now);
                count(notice, "sent");
                log.info("notification {} sent (attempt {})", entry.id(), attempts);
            }
            case TRANSIENT -> {
                if (attempts >= properties.retry().maxAttempts()) {
                    if (notifications.markFailed(entry.id(), outcome.error(), now)) {
                        count(notice, "failed");
                        log.warn("notification {} failed after {} attempts: {}", entry.id(), attempts, outcome.error());
                    } else {
                        log.info("notification {} finished by another attempt; this one's {} ignored", entry.id(), outcome.error());
                    }
                } else if (notifications.markRetrying(entry.id(), outcome.error(),
                        now.plus(properties.retry().backoff(attempts)), now)) {
                    retries.increment();
                    count(notice, "retrying");
                    log.info("notification {} will be retried (attempt {}): {}", entry.id(), attempts, outcome.error());
                } else {
                    log.info("notification {} finished by another attempt; this one's {} ignored", entry.id(), outcome.error());
                }
            }
            case PERMANENT -> {
                if (notifications.markFailed(entry.id(), outcome.error(), now)) {
                    count(notice, "failed");
                    log.warn("notification {} failed permanently: {}", entry.id(), outcome.error());
                } else {
                    log.info("notification {} finished by another attempt; this one's {} ignored", entry.id(), outcome.error());
                }
            }
        }
    }

    /**
     * Announces a finished entry's outcome once the broker takes it; false leaves it for the next
     * round. Called by {@link RetryScheduler} only, so one thread per instance announces.
     */
    public boolean announce(NotificationEntry entry) {
        if (entry.announced() || !(entry.status() == DeliveryStatus.SENT || entry.status() == DeliveryStatus.FAILED)) {
            return true;
        }
        UUID eventId = UUID.nameUUIDFromBytes(("delivery:" + entry.id() + ":" + entry.status() + ":" + entry.updatedAt())
                .getBytes(StandardCharsets.UTF_8));
        DeliveryEvent event = entry.status() == DeliveryStatus.SENT
                ? new NotificationSent(eventId, entry.updatedAt(), UUID.fromString(entry.applicationId()),
                        UUID.fromString(entry.eventId()), entry.template(), entry.language(), entry.messageId())
                : new NotificationFailed(eventId, entry.updatedAt(), UUID.fromString(entry.applicationId()),
                        UUID.fromString(entry.eventId()), entry.template(), entry.language(), entry.lastError());
        if (traces.continueTrace(entry.traceparent(), "announce delivery", () -> announcer.announce(event))) {
            notifications.markAnnounced(entry.id());
            return true;
        }
        return false;
    }

    private Notice notice(ApplicationEvent event) {
        String statusUrl = statusBaseUrl + "/status/" + event.applicationId() + "?token=" + tokens.tokenFor(event.applicationId());
        return Notice.of(event, statusUrl);
    }

    private String messageId(ApplicationEvent event, Notice notice) {
        return "<" + event.eventId() + "." + notice.template() + "@" + properties.mail().messageIdDomain() + ">";
    }

    private void count(Notice notice, String result) {
        emails(notice.template(), notice.language(), result).increment();
    }

    private Counter emails(String template, String language, String result) {
        return Counter.builder("notification.emails").description("Emails by template, language and result")
                .tag("template", template).tag("language", language).tag("result", result).register(registry);
    }
}
