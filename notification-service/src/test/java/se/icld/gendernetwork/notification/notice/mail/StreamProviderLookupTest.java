package se.icld.gendernetwork.notification.notice.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;

/**
 * Loading the mailer names Angus Mail's stream provider in the system property Jakarta Mail reads
 * before its class-path scan (jakartaee/mail-api#861), so no email pays for a scan.
 */
class StreamProviderLookupTest {

    @Test
    void loadingTheMailerNamesTheStreamProviderSoNoLookupScansTheClassPath() throws ClassNotFoundException {
        Class.forName(SmtpMailer.class.getName(), true, SmtpMailer.class.getClassLoader());

        assertThat(System.getProperty(SmtpMailer.STREAM_PROVIDER_PROPERTY))
                .isEqualTo(MailStreamProvider.class.getName());
        assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
    }
}
