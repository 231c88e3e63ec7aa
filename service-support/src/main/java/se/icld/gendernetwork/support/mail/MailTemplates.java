package se.icld.gendernetwork.support.mail;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The applicants' emails, rendered with Thymeleaf from {@code templates/mail/<language>/<template>.html}
 * and {@code .txt} on the classpath (this module's resources, the one copy): notification-service sends
 * them, review-service shows a decision's email before it is made. The subject is the HTML's
 * {@code <title>}, with control characters replaced (a subject is one header line).
 */
public final class MailTemplates {

    /** Where the templates are on the classpath. */
    public static final String ROOT = "templates/mail/";
    /** The languages every template exists in; any other is written to in Spanish. */
    public static final List<String> LANGUAGES = List.of("es", "en", "sv");

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailTemplates() {
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

    /** The language an email to someone who asked for {@code requested} is written in (Spanish when unknown or none). */
    public static String language(String requested) {
        // List.of(...).contains(null) throws: a missing language is an unknown one, so Spanish.
        return requested != null && LANGUAGES.contains(requested) ? requested : "es";
    }

    /** The template of a decision's outcome ({@code ACCEPTED} → {@code decision-accepted}, …). */
    public static String decisionTemplate(String outcome) {
        return "decision-" + outcome.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Renders template {@code wire} ({@code receipt}, {@code decision-accepted}, …) in {@code language}.
     *
     * @throws IllegalStateException when the HTML has no {@code <title>}
     */
    public Rendered render(String wire, String language, MailModel model) {
        Context context = new Context();
        context.setVariable("n", model);
        String base = language + "/" + wire;
        String html = engine.process(base + ".html", context);
        String text = engine.process(base + ".txt", context);
        Matcher title = TITLE.matcher(html);
        if (!title.find() || title.group(1).isBlank()) {
            throw new IllegalStateException("template " + base + ".html has no <title> (the subject)");
        }
        String subject = CONTROL.matcher(HtmlUtils.htmlUnescape(title.group(1))).replaceAll(" ").strip();
        return new Rendered(subject, text, html);
    }

    /** A rendered email: its subject, plain-text body and HTML body. */
    public record Rendered(String subject, String text, String html) {
    }
}
