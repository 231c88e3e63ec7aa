package se.icld.gendernetwork.support.mail;

/**
 * What an email template may use, as {@code ${n.…}}: the same for every template in every language.
 *
 * @param message the reviewer's message to the applicant, or null
 * @param statusUrl the applicant's status page, with the token
 * @param confirmationUrl the link that confirms a new email address ({@code email-confirmation}) or an
 *        erasure ({@code erasure-confirmation}), else null
 * @param callTitle the title of the call the application was submitted to, in the email's language
 *        (the notices of an application: receipt, information request, decisions, withdrawal), else null
 */
public record MailModel(String fullName, String reference, String municipality, String region, String country,
        String message, String statusUrl, String confirmationUrl, String callTitle) {

    /** A model that names no call. */
    public MailModel(String fullName, String reference, String municipality, String region, String country,
            String message, String statusUrl, String confirmationUrl) {
        this(fullName, reference, municipality, region, country, message, statusUrl, confirmationUrl, null);
    }

    /** The same model naming the call {@code title} (in the email's language; null or blank: none). */
    public MailModel withCall(String title) {
        return new MailModel(fullName, reference, municipality, region, country, message, statusUrl, confirmationUrl,
                title == null || title.isBlank() ? null : title);
    }

    /** The model of an email to an applicant; a blank message is none. */
    public static MailModel of(String fullName, String reference, String municipality, String region, String country,
            String message, String statusUrl, String confirmationUrl) {
        return new MailModel(fullName, reference, municipality, region, country,
                message == null || message.isBlank() ? null : message, statusUrl, confirmationUrl);
    }

    public static MailModel sample() {
        return new MailModel("María López", "GEN-7K3Q-9XDA", "Panajachel", "Sololá", "GT",
                "Le escribiremos pronto sobre el primer taller.", "http://localhost:8082/status/sample?token=sample",
                "http://localhost:8082/status/sample/email-confirmation?code=sample", "Red para la Igualdad de Género");
    }
}
