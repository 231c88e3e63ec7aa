package se.icld.gendernetwork.notification.notice;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code notification.emails} (template, language, result), {@code notification.retries} and
 * {@code notification.send}. Every series exists from the start at zero, so an alert on
 * {@code increase()} sees the very first failure. Tags never carry personal data.
 */
@Component
class DeliveryMetrics {

    static final List<String> RESULTS = List.of("sent", "retrying", "failed");

    private final MeterRegistry registry;
    private final Timer sendTimer;
    private final Counter retries;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.sendTimer = Timer.builder("notification.send").description("Time to hand an email to the SMTP server")
                .publishPercentileHistogram().register(registry);
        this.retries = Counter.builder("notification.retries").description("Attempts scheduled again after a transient SMTP failure")
                .register(registry);
        for (String template : Notice.TEMPLATES) {
            for (String language : Notice.LANGUAGES) {
                for (String result : RESULTS) {
                    emails(template, language, result);
                }
            }
        }
    }

    SendOutcome timeSend(Supplier<SendOutcome> send) {
        return sendTimer.record(send);
    }

    void count(Notice notice, String result) {
        emails(notice.template(), notice.language(), result).increment();
    }

    void retried() {
        retries.increment();
    }

    private Counter emails(String template, String language, String result) {
        return Counter.builder("notification.emails").description("Emails by template, language and result")
                .tag("template", template).tag("language", language).tag("result", result).register(registry);
    }
}
