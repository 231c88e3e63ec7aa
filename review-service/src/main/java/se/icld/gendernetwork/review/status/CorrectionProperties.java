package se.icld.gendernetwork.review.status;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The applicant's corrections ({@code review.corrections.*}).
 *
 * @param emailConfirmationValidity how long the link that confirms a new email address works
 */
@ConfigurationProperties("review.corrections")
public record CorrectionProperties(@DefaultValue("48h") Duration emailConfirmationValidity) {
}
