package se.icld.gendernetwork.notification.notice.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import jakarta.annotation.PostConstruct;
import se.icld.gendernetwork.notification.notice.Notice;
import se.icld.gendernetwork.notification.notice.Notice.MailModel;
import se.icld.gendernetwork.notification.notice.Template;

/**
 * Renders the emails with Thymeleaf from {@code templates/mail/<language>/<template>.html} and
 * {@code .txt}; the subject is the HTML's {@code <title>}. At start-up every template is rendered
 * in every language, and the service refuses to start if one is missing, fails to render, has no
 * title, uses a variable other than the {@link MailModel} ({@code ${n.…}}), or escapes a value as HTML
 * in a plain-text template ({@code [[…]]} instead of {@code [(…)]}).
 */
@Component
public class MailComposer {

    private static final String ROOT = "templates/mail/";
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\s*([^}]*)}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailComposer() {
        engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
    }

    private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(ROOT);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    public RenderedMail render(Notice notice) {
        return render(notice.template(), notice.language(), notice.model());
    }

    public RenderedMail render(Template template, String language, MailModel model) {
        Context context = new Context();
        context.setVariable("n", model);
        String base = language + "/" + template.wire();
        String html = engine.process(base + ".html", context);
        String text = engine.process(base + ".txt", context);
        Matcher title = TITLE.matcher(html);
        if (!title.find() || title.group(1).isBlank()) {
            throw new IllegalStateException("template " + base + ".html has no <title> (the subject)");
        }
        // A subject is one header line: no control character may ever reach it.
        String subject = CONTROL.matcher(HtmlUtils.htmlUnescape(title.group(1))).replaceAll(" ").strip();
        return new RenderedMail(subject, text, html);
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
                        if (!expression.matches("n\\.(fullName|reference|municipality|region|country|message|statusUrl|confirmationUrl)\\b.*")) {
                            problems.add(path + " uses ${" + expression + "}, which the model does not provide");
                        }
                    }
                }
                try {
                    render(template, language, MailModel.sample());
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
