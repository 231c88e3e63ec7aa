package se.icld.gendernetwork.notification.notice.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;
import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.notification.notice.Notice;
import se.icld.gendernetwork.notification.notice.Template;
import se.icld.gendernetwork.support.mail.MailModel;
import se.icld.gendernetwork.support.mail.MailTemplates;

/**
 * Renders the emails with Thymeleaf from {@code templates/mail/<language>/<template>.html} and
 * {@code .txt} (service-support's {@link MailTemplates}, the one copy, which review-service also renders
 * a decision's email from to preview it); the subject is the HTML's {@code <title>}. At start-up every template is rendered
 * in every language, and the service refuses to start if one is missing, fails to render, has no
 * title, uses a variable other than the {@link MailModel} ({@code ${n.…}}), or escapes a value as HTML
 * in a plain-text template ({@code [[…]]} instead of {@code [(…)]}).
 */
@Component
public class MailComposer {

    private static final String ROOT = MailTemplates.ROOT;
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\s*([^}]*)}");

    private final MailTemplates templates = new MailTemplates();

    public RenderedMail render(Notice notice) {
        return render(notice.template(), notice.language(), notice.model());
    }

    public RenderedMail render(Template template, String language, MailModel model) {
        MailTemplates.Rendered mail = templates.render(template.wire(), language, model);
        return new RenderedMail(mail.subject(), mail.text(), mail.html());
    }

    /** Fails start-up on a missing template, a render error, a variable the model does not provide or HTML escaping in text. */
    @PostConstruct
    void checkAllTemplates() {
        List<String> problems = new ArrayList<>();
        for (String language : Notice.LANGUAGES) {
            for (Template template : Template.values()) {
                for (String suffix : List.of(".html", ".txt")) {
                    String path = ROOT + language + "/" + template.wire() + suffix;
                    String source = read(path);
                    if (source == null) {
                        problems.add(path + " is missing");
                        continue;
                    }
                    if (suffix.equals(".txt") && source.contains("[[")) {
                        problems.add(path + " uses [[…]], which HTML-escapes in a plain-text email; use [(…)]");
                    }
                    Matcher m = EXPRESSION.matcher(source);
                    while (m.find()) {
                        String expression = m.group(1).strip();
                        if (!expression.matches("n\\.(fullName|reference|municipality|region|country|message|statusUrl|confirmationUrl|callTitle|partnershipUrl|mentor|questions|partnership)\\b.*")) {
                            problems.add(path + " uses ${" + expression + "}, which the model does not provide");
                        }
                    }
                }
                try {
                    render(template, language, MailModel.sample());
                    render(template, language, MailModel.sample().withQuestions(Call.Questions.PARTNERSHIP));
                    render(template, language, new MailModel("A", "GEN-0000-0000", "M", "R", "CO", null, "http://x", null));
                } catch (RuntimeException e) {
                    problems.add(language + "/" + template.wire() + " does not render: " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("mail templates are incomplete:\n  " + String.join("\n  ", problems));
        }
    }

    private static String read(String path) {
        try (InputStream in = MailComposer.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
