package se.icld.gendernetwork.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where applicants follow their application ({@code network.status.*}).
 *
 * @param secret HMAC key shared with review-service and notification-service (at least 16 bytes)
 * @param baseUrl public base URL of review-service
 */
@ConfigurationProperties("network.status")
public record StatusLinkProperties(String secret, @DefaultValue("http://localhost:8082") String baseUrl) {
}
