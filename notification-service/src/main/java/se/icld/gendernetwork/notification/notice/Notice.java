package se.icld.gendernetwork.notification.notice;

import java.util.List;

import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.contracts.review.ApplicationRegistered;
import se.icld.gendernetwork.contracts.review.ApplicationWithdrawn;
import se.icld.gendernetwork.contracts.review.DecisionMade;
import se.icld.gendernetwork.contracts.review.EmailChangeRequested;
import se.icld.gendernetwork.contracts.review.ErasureRequested;
import se.icld.gendernetwork.contracts.review.InformationRequested;

/**
 * Which email an event calls for, and in which language: the {@link Template} and what it may show.
 * Every template in every language is given the same {@link MailModel}.
 */
public record Notice(Template template, String language, MailModel model) {

    public static final List<String> LANGUAGES = List.of("es", "en", "sv");

    /**
     * @param statusUrl the applicant's status page, with the token
     * @throws IllegalArgumentException an event no email can be made of (an unknown outcome, or none)
     */
    public static Notice of(ApplicationEvent event, String statusUrl) {
        Template template;
        String message = null;
        String confirmationUrl = null;
        if (event instanceof ApplicationRegistered) {
            template = Template.RECEIPT;
        } else if (event instanceof InformationRequested info) {
            template = Template.INFORMATION_REQUEST;
            message = info.message();
        } else if (event instanceof DecisionMade decision) {
            template = Template.decision(decision.outcome());
            message = decision.message();
        } else if (event instanceof ApplicationWithdrawn) {
            template = Template.WITHDRAWAL;
        } else if (event instanceof EmailChangeRequested change) {
            template = Template.EMAIL_CONFIRMATION;
            confirmationUrl = change.confirmationUrl();
        } else if (event instanceof ErasureRequested erasure) {
            template = Template.ERASURE_CONFIRMATION;
            confirmationUrl = erasure.confirmationUrl();
        } else {
            throw new IllegalArgumentException("no notice for " + event.getClass().getSimpleName());
        }
        String requested = event.recipient().language();
        // List.of(...).contains(null) throws: a missing language is an unknown one, so Spanish.
        String language = requested != null && LANGUAGES.contains(requested) ? requested : "es";
        var m = event.municipality();
        MailModel model = new MailModel(event.recipient().fullName(), event.reference(), m.name(), m.region(),
                m.country(), message == null || message.isBlank() ? null : message, statusUrl, confirmationUrl);
        return new Notice(template, language, model);
    }

    /**
     * What a template may use, as {@code ${n.…}}.
     *
     * @param message the reviewer's message to the applicant, or null
     * @param confirmationUrl the link that confirms a new email address ({@code email-confirmation}) or an
     *        erasure ({@code erasure-confirmation}), else null
     */
    public record MailModel(String fullName, String reference, String municipality, String region, String country,
            String message, String statusUrl, String confirmationUrl) {

        public static MailModel sample() {
            return new MailModel("María López", "GEN-7K3Q-9XDA", "Panajachel", "Sololá", "GT",
                    "Le escribiremos pronto sobre el primer taller.", "http://localhost:8082/status/sample?token=sample",
                    "http://localhost:8082/status/sample/email-confirmation?code=sample");
        }
    }
}
