package se.icld.gendernetwork.notification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.icld.gendernetwork.notification.journal.CrashingNotificationLog;

/** Puts the {@link CrashingNotificationLog} in place of the real log (imported by {@link SmtpFailureTestSupport} only). */
@TestConfiguration(proxyBeanMethods = false)
class CrashingLogConfiguration {

    @Bean
    @Primary
    CrashingNotificationLog crashingNotificationLog(MongoTemplate mongo) {
        return new CrashingNotificationLog(mongo);
    }
}
