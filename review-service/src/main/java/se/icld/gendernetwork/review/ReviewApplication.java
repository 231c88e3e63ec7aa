package se.icld.gendernetwork.review;

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
public class ReviewApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReviewApplication.class, args);
    }
}
