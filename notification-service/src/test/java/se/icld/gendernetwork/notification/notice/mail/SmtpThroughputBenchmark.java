package se.icld.gendernetwork.notification.notice.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import se.icld.gendernetwork.notification.NotificationProperties;
import se.icld.gendernetwork.support.mail.MailModel;
import se.icld.gendernetwork.notification.notice.SendOutcome;
import se.icld.gendernetwork.notification.notice.Template;

/**
 * Emails per second through {@link SmtpMailer} to GreenMail on loopback, one thread and four. A
 * benchmark, not a test: it prints figures and asserts nothing, and its name keeps it out of the
 * default test run. Run it with
 * {@code ./mvnw -q -B -o -pl notification-service -am verify -Dtest=SmtpThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dbench.emails=N} for another count); the figures are in the notification README.
 */
class SmtpThroughputBenchmark {

    private static final int EMAILS = Integer.getInteger("bench.emails", 1000);
    /** A new address per email, as in production (default); -Dbench.unique-addresses=false sends all to one. */
    private static final boolean ADDRESSES = !"false".equals(System.getProperty("bench.unique-addresses"));

    @Test
    void emailsPerSecond() throws Exception {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        try {
            SmtpMailer mailer = mailer(greenMail.getSmtp().getPort());
            RenderedMail mail = new MailComposer().render(Template.RECEIPT, "es", MailModel.sample());
            run(mailer, mail, 1, 100); // warm-up
            for (int threads : new int[] {1, 4}) {
                long start = System.nanoTime();
                int sent = run(mailer, mail, threads, EMAILS);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("SmtpThroughputBenchmark: %d emails, %d thread(s): %.1f emails/s (%.2f ms per email per thread), %d sent%n",
                        EMAILS, threads, EMAILS / seconds, seconds * 1000 * threads / EMAILS, sent);
            }
        } finally {
            greenMail.stop();
        }
    }

    private static int run(SmtpMailer mailer, RenderedMail mail, int threads, int emails) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<SendOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < emails; i++) {
                outcomes.add(pool.submit(() -> mailer.send("María López", "bench-" + (ADDRESSES ? UUID.randomUUID().toString() : "fixed") + "@example.org",
                        "<" + UUID.randomUUID() + ".receipt@bench.test>", mail)));
            }
            int sent = 0;
            for (Future<SendOutcome> outcome : outcomes) {
                sent += outcome.get().kind() == SendOutcome.Kind.SENT ? 1 : 0;
            }
            return sent;
        } finally {
            pool.shutdown();
        }
    }

    /** The mailer as the service configures it (application.yml's spring.mail.*). */
    private static SmtpMailer mailer(int port) throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.localhost", "notification-service");
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "10000");
        properties.setProperty("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(properties);
        return new SmtpMailer(sender, new NotificationProperties(null, null, null, null, null, null), java.time.Clock.systemUTC());
    }
}
