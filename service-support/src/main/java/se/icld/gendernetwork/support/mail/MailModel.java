package se.icld.gendernetwork.support.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import se.icld.gendernetwork.contracts.calls.Call;

/**
 * What an email template may use, as {@code ${n.…}}: the same for every template in every language.
 *
 * @param message the reviewer's message to the applicant, or null
 * @param statusUrl the applicant's status page, with the token
 * @param confirmationUrl the link that confirms a new email address ({@code email-confirmation}) or an
 *        erasure ({@code erasure-confirmation}), else null
 * @param callTitle the title of the call the application was submitted to, in the email's language
 *        (the notices of an application: receipt, information request, decisions, withdrawal), else null
 * @param partnershipUrl in {@code decision-accepted} of a network application, while a partnership programme
 *        call is configured and not closed: its form, pre-filled with the application's reference; else null
 * @param mentor in {@code mentor-assigned}: the mentor the applicant is told of; else null
 * @param questions the question set of the application's call (with {@code callTitle}): an email to an
 *        applicant of a {@link Call.Questions#PARTNERSHIP partnership programme} call speaks of that programme
 *        ({@link #partnership()}); null (an email that names no call) or NETWORK: of the network
 */
public record MailModel(String fullName, String reference, String municipality, String region, String country,
        String message, String statusUrl, String confirmationUrl, String callTitle, String partnershipUrl,
        Mentor mentor, Call.Questions questions) {

    /** A mentor as an email names them: {@code email} may be null. */
    public record Mentor(String name, String organisation, String email) {
    }

    /** A model that names no call and has no partnership link or mentor. */
    public MailModel(String fullName, String reference, String municipality, String region, String country,
            String message, String statusUrl, String confirmationUrl) {
        this(fullName, reference, municipality, region, country, message, statusUrl, confirmationUrl, null, null, null, null);
    }

    /** The model of an email to an applicant; a blank message is none. */
    public static MailModel of(String fullName, String reference, String municipality, String region, String country,
            String message, String statusUrl, String confirmationUrl) {
        return new MailModel(fullName, reference, municipality, region, country,
                message == null || message.isBlank() ? null : message, statusUrl, confirmationUrl);
    }

    /** The same model naming the call {@code title} (in the email's language; null or blank: none). */
    public MailModel withCall(String title) {
        return new MailModel(fullName, reference, municipality, region, country, message, statusUrl, confirmationUrl,
                title == null || title.isBlank() ? null : title, partnershipUrl, mentor, questions);
    }

    /**
     * The same model for an application to {@code call}: its title in {@code language} and its question set
     * (notification-service's notices and review-service's preview both build it so).
     */
    public MailModel withCall(Call call, String language) {
        return withCall(call.titleIn(language)).withQuestions(call.questions());
    }

    /** This model for a call with question set {@code questions} (null: none named). */
    public MailModel withQuestions(Call.Questions questions) {
        return new MailModel(fullName, reference, municipality, region, country, message, statusUrl, confirmationUrl,
                callTitle, partnershipUrl, mentor, questions);
    }

    /** Whether the email speaks of the partnership programme ({@code ${n.partnership}} in the templates). */
    public boolean partnership() {
        return questions == Call.Questions.PARTNERSHIP;
    }

    /** This model with the partnership programme's pre-filled form link (null: none). */
    public MailModel withPartnershipUrl(String url) {
        return new MailModel(fullName, reference, municipality, region, country, message, statusUrl, confirmationUrl,
                callTitle, url, mentor, questions);
    }

    /** This model naming {@code mentor} (null: none). */
    public MailModel withMentor(Mentor mentor) {
        return new MailModel(fullName, reference, municipality, region, country, message, statusUrl, confirmationUrl,
                callTitle, partnershipUrl, mentor, questions);
    }

    public static MailModel sample() {
        return new MailModel("María López", "GEN-7K3Q-9XDA", "Panajachel", "Sololá", "GT",
                "Le escribiremos pronto sobre el primer taller.", "http://localhost:8082/status/sample?token=sample",
                "http://localhost:8082/status/sample/email-confirmation?code=sample", "Red para la Igualdad de Género",
                "http://localhost:8081/?call=partnership-2025&reference=GEN-7K3Q-9XDA",
                new Mentor("Karin Lindqvist", "Uppsala kommun", "karin.lindqvist@example.se"), Call.Questions.NETWORK);
    }

    /**
     * The partnership programme's form at {@code formBaseUrl} (intake's public form; a trailing slash is
     * dropped) for call {@code callId}, pre-filled with {@code reference}: {@code <base>/?call=<id>&reference=<ref>},
     * each value URL-encoded.
     */
    public static String partnershipFormUrl(String formBaseUrl, String callId, String reference) {
        return formBaseUrl.replaceAll("/+$", "") + "/?call=" + URLEncoder.encode(callId, StandardCharsets.UTF_8)
                + "&reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    }
}
