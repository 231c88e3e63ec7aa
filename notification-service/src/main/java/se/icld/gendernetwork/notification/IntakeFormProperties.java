package se.icld.gendernetwork.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake's public form, which the acceptance email of a network application links to while the
 * partnership programme takes applications ({@code notification.intake-form.*}).
 *
 * @param baseUrl public base URL of intake-service's form ({@code NOTIFICATION_INTAKE_FORM_BASE_URL}); the
 *        link is {@code <baseUrl>/?call=<partnership call id>&reference=<reference>}
 */
@ConfigurationProperties("notification.intake-form")
public record IntakeFormProperties(@DefaultValue("http://localhost:8081") String baseUrl) {
}
