package se.icld.gendernetwork.notification.notice.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.icld.gendernetwork.notification.notice.SendOutcome;
import se.icld.gendernetwork.notification.notice.SendOutcome.Kind;
import se.icld.gendernetwork.notification.notice.mail.SmtpFailure.Phase;

/** How an SMTP failure is sorted: about this message, about every message, or of unknown outcome. No servers. */
class SmtpFailureTest {

    @Test
    void noReplyAfterTheFinalDotIsAnUnknownOutcome() {
        assertThat(SmtpFailure.noReply(Phase.END_OF_DATA).outcome())
                .isEqualTo(SendOutcome.unknown("no reply after message data"));
    }

    @ParameterizedTest
    @CsvSource({"CONNECT", "MAIL", "RCPT", "DATA"})
    void noReplyBeforeTheFinalDotIsTransient(Phase phase) {
        assertThat(SmtpFailure.noReply(phase).outcome()).isEqualTo(SendOutcome.transientFailure("SMTP unavailable"));
    }

    @Test
    void authenticationFailuresPauseSending() {
        assertThat(new SmtpFailure(Phase.CONNECT, -1, null, true, false).outcome())
                .isEqualTo(SendOutcome.senderBlocked("SMTP authentication failed"));
        assertThat(SmtpFailure.reply(Phase.CONNECT, 535, "535 5.7.8 Authentication credentials invalid").outcome())
                .isEqualTo(SendOutcome.senderBlocked("SMTP authentication failed"));
        assertThat(SmtpFailure.reply(Phase.MAIL, 530, "530 5.7.0 Authentication required").outcome())
                .isEqualTo(SendOutcome.senderBlocked("SMTP authentication failed"));
    }

    @Test
    void tlsProblemsPauseSending() {
        assertThat(new SmtpFailure(Phase.CONNECT, -1, null, false, true).outcome())
                .isEqualTo(SendOutcome.senderBlocked("SMTP TLS failed"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // refused before any recipient: our sender or our connection
            "MAIL | 550 | 550 5.7.1 Sender address rejected: not owned by user | SENDER_BLOCKED",
            "MAIL | 553 | 553 5.1.8 Sender address domain does not exist | SENDER_BLOCKED",
            "MAIL | 452 | 452 4.3.1 Insufficient system storage | SENDER_BLOCKED",
            "MAIL | 451 | 451 4.7.1 Daily sending quota exceeded | SENDER_BLOCKED",
            // about the mail system or our sender, whatever the recipient
            "RCPT | 554 | 554 5.7.1 <a@b.test>: Relay access denied | SENDER_BLOCKED",
            "RCPT | 550 | 550 5.7.1 Unable to relay | SENDER_BLOCKED",
            "RCPT | 452 | 452 4.3.1 Insufficient system storage | SENDER_BLOCKED",
            "RCPT | 452 | 452 Insufficient system storage | SENDER_BLOCKED",
            "RCPT | 451 | 451 4.3.0 Mail server temporarily rejected message | SENDER_BLOCKED",
            "RCPT | 550 | 550 5.4.5 Daily user sending quota exceeded | SENDER_BLOCKED",
            "END_OF_DATA | 452 | 452 4.3.1 Insufficient system storage | SENDER_BLOCKED",
            // about this recipient or this message
            "RCPT | 550 | 550 5.1.1 <a@b.test>: Recipient address rejected: User unknown | PERMANENT",
            "RCPT | 552 | 552 5.2.2 Mailbox over quota | PERMANENT",
            "RCPT | 452 | 452 4.2.2 Mailbox full, over quota | TRANSIENT",
            "RCPT | 450 | 450 4.2.1 Mailbox temporarily unavailable | TRANSIENT",
            "RCPT | 550 | 550 5.7.1 Recipient does not accept mail from your domain | PERMANENT",
            "END_OF_DATA | 554 | 554 5.6.0 Message rejected | PERMANENT",
            "END_OF_DATA | 451 | 451 4.4.1 Try again later | TRANSIENT",
            // closing the channel: later, on a new connection
            "RCPT | 421 | 421 4.7.0 Try again later | TRANSIENT",
            "MAIL | 421 | 421 4.4.2 Timeout, closing connection | TRANSIENT"})
    void repliesAreSortedByWhatTheyAreAbout(Phase phase, int code, String reply, Kind kind) {
        SendOutcome outcome = SmtpFailure.reply(phase, code, reply).outcome();
        assertThat(outcome.kind()).isEqualTo(kind);
        assertThat(outcome.error()).isEqualTo("SMTP " + code).doesNotContain("@");
    }
}
