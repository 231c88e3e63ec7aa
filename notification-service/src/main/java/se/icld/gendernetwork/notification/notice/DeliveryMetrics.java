package se.icld.gendernetwork.notification.notice;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code notification.emails} (template, language, result), {@code notification.retries},
 * {@code notification.send}, {@code notification.sending.paused} and {@code notification.recipient.limited}
 * (receipts suppressed by the per-recipient limit; no tag names the address). Every series exists from the
 * start at zero, so an alert on {@code increase()} sees the very first failure. Tags never carry
 * personal data.
 */
@Component
class DeliveryMetrics {

    static final List<String> RESULTS = List.of("sent", "retrying", "failed", "unknown");

    private final MeterRegistry registry;
    private final Timer sendTimer;
    private final Counter retries;
    private final Counter recipientLimited;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.sendTimer = Timer.builder("notification.send").description("Time to hand an email to the SMTP server")
                .publishPercentileHistogram().register(registry);
        this.retries = Counter.builder("notification.retries").description("Attempts scheduled again after a transient SMTP failure")
                .register(registry);
        this.recipientLimited = Counter.builder("notification.recipient.limited")
                .description("Receipts not sent: their address had reached its daily limit").register(registry);
        for (Template template : Template.values()) {
            for (String language : Notice.LANGUAGES) {
                for (String result : RESULTS) {
                    emails(template.wire(), language, result);
                }
            }
        }
    }

    /** 1 while this instance has paused sending after a failure on our side, else 0. */
    void pausedGauge(SendingGate gate) {
        Gauge.builder("notification.sending.paused", gate, g -> g.paused() ? 1 : 0)
                .description("1 while sending is paused by a failure on our side (authentication, relay, quota, TLS)")
                .register(registry);
    }

    SendOutcome timeSend(Supplier<SendOutcome> send) {
        return sendTimer.record(send);
    }

    void count(String template, String language, String result) {
        emails(template, language, result).increment();
    }

    void recipientLimited() {
        recipientLimited.increment();
    }

    void retried() {
        retries.increment();
    }

    private Counter emails(String template, String language, String result) {
        return Counter.builder("notification.emails").description("Emails by template, language and result")
                .tag("template", template).tag("language", language).tag("result", result).register(registry);
    }
}
