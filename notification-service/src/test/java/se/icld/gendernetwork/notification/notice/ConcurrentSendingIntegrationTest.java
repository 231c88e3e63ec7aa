package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.notification.NotificationTestSupport;

/**
 * The sending path used by several consumer threads at once (binding concurrency > 1), with the
 * scheduler alongside: every email goes out exactly once, even when two threads get the same event
 * at the same moment (a redelivery racing the original), over the shared SMTP connection pool.
 */
class ConcurrentSendingIntegrationTest extends NotificationTestSupport {

    private static final int THREADS = 8;
    private static final int EVENTS = 40;

    @Autowired
    Notifier notifier;

    @Test
    void eightThreadsSendFortyEmailsEachOnceEvenWithEveryEventTwice() throws Exception {
        List<String> addresses = new ArrayList<>();
        List<ApplicationEvent> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String address = uniqueAddress();
            addresses.add(address);
            ApplicationEvent event = json.readValue(event("ApplicationRegistered", UUID.randomUUID(), UUID.randomUUID(),
                    address, "en"), ApplicationEvent.class);
            events.add(event);
            events.add(event);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Void>> handled = events.stream().map(e -> CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                notifier.onEvent(e);
            }, pool)).toList();
            start.countDown();
            CompletableFuture.allOf(handled.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> addresses.stream().allMatch(a -> mailTo(a).size() >= 1));
        for (String address : addresses) {
            assertThat(mailTo(address)).as(address).hasSize(1);
        }
    }
}
