package se.icld.gendernetwork.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import se.icld.gendernetwork.support.ServiceSupport;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(ServiceSupport.class)
public class NotificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationApplication.class, args);
    }
}
