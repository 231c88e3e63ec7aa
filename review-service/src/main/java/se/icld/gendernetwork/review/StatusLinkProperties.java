package se.icld.gendernetwork.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The applicant's status links ({@code network.status.*}).
 *
 * @param secret HMAC key shared with intake-service and notification-service (at least 16 bytes)
 * @param baseUrl public base URL of this service
 */
@ConfigurationProperties("network.status")
public record StatusLinkProperties(String secret, @DefaultValue("http://localhost:8082") String baseUrl) {
}
