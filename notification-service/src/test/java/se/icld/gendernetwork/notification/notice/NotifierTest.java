package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.notification.journal.NotificationLog;

/** The operators' requests: which are refused, and that a resend attempts only what it requeued. No Spring. */
class NotifierTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String ID = "e:receipt";

    private final NotificationLog log = mock(NotificationLog.class);
    private final DeliveryAttempts attempts = mock(DeliveryAttempts.class);
    private final Notifier notifier = new Notifier(log, mock(Notices.class), attempts, mock(RecipientLimits.class),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static NotificationEntry entry(DeliveryStatus status) {
        return new NotificationEntry(ID, "a", "e", "receipt", "es", status, 1, "<e.receipt@x>", "{}", NOW, NOW, NOW,
                null, null, true, null, NOW);
    }

    @Test
    void resendingAnUnknownIdIsNotFound() {
        given(log.find(ID)).willReturn(Optional.empty());

        assertThatThrownBy(() -> notifier.resend(ID)).isInstanceOf(NotificationNotFoundException.class);
        verifyNoInteractions(attempts);
    }

    @Test
    void resendingASentEmailIsRefusedWithItsMessageIdAndSendsNothing() {
        given(log.find(ID)).willReturn(Optional.of(entry(DeliveryStatus.SENT)));

        assertThatThrownBy(() -> notifier.resend(ID)).isInstanceOfSatisfying(AlreadySentException.class,
                e -> assertThat(e.messageId()).isEqualTo("<e.receipt@x>"));
        verify(log, never()).requeueFailed(any(), any());
        verifyNoInteractions(attempts);
    }

    @Test
    void aFailedEmailIsRequeuedAndAttemptedAtOnce() {
        given(log.find(ID)).willReturn(Optional.of(entry(DeliveryStatus.FAILED)))
                .willReturn(Optional.of(entry(DeliveryStatus.SENT)));
        given(log.requeueFailed(ID, NOW)).willReturn(true);

        assertThat(notifier.resend(ID).status()).isEqualTo(DeliveryStatus.SENT);
        verify(attempts).attemptIfDue(ID);
    }

    @Test
    void theSecondPressFindsItOnItsWayAndAttemptsNothing() {
        given(log.find(ID)).willReturn(Optional.of(entry(DeliveryStatus.PENDING)));
        given(log.requeueFailed(ID, NOW)).willReturn(false);

        assertThat(notifier.resend(ID).status()).isEqualTo(DeliveryStatus.PENDING);
        verifyNoInteractions(attempts);
    }

    @ParameterizedTest
    @EnumSource(value = DeliveryStatus.class, names = {"FAILED", "UNKNOWN"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyFailedOrUnknownEmailsAreRequeuedInBulk(DeliveryStatus status) {
        assertThatThrownBy(() -> notifier.requeue(status, NOW, null, null)).isInstanceOf(InvalidRequeueException.class);
        verifyNoInteractions(log);
    }

    @Test
    void aBulkRequeueNeedsItsSince() {
        assertThatThrownBy(() -> notifier.requeue(DeliveryStatus.FAILED, null, null, null))
                .isInstanceOf(InvalidRequeueException.class);
        verifyNoInteractions(log);
    }

    @Test
    void aBulkRequeueIsOneUpdateOfTheLog() {
        Instant since = NOW.minusSeconds(3600);
        given(log.requeue(DeliveryStatus.UNKNOWN, since, NOW, List.of("a"), NOW)).willReturn(2L);

        assertThat(notifier.requeue(DeliveryStatus.UNKNOWN, since, NOW, List.of("a"))).isEqualTo(2);
    }
}
