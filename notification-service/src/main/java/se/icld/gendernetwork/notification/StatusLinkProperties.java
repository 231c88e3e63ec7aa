package se.icld.gendernetwork.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The applicant's status links written into every email ({@code network.status.*}).
 *
 * @param secret HMAC key shared with intake-service and review-service (at least 16 bytes)
 * @param baseUrl public base URL of review-service
 */
@ConfigurationProperties("network.status")
public record StatusLinkProperties(String secret, @DefaultValue("http://localhost:8082") String baseUrl) {
}
