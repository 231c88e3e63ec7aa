package se.icld.gendernetwork.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake's public form ({@code review.intake-form.*}), which the acceptance email of a network application
 * links to while the partnership programme takes applications: the decision's preview shows the link as
 * notification-service sends it (set it to notification's {@code notification.intake-form.base-url}).
 *
 * @param baseUrl public base URL of intake-service's form ({@code REVIEW_INTAKE_FORM_BASE_URL})
 */
@ConfigurationProperties("review.intake-form")
public record IntakeFormProperties(@DefaultValue("http://localhost:8081") String baseUrl) {
}
