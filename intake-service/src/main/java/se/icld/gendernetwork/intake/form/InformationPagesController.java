package se.icld.gendernetwork.intake.form;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.icld.gendernetwork.intake.PrivacyNoticeProperties;

/**
 * The pages that only inform, both linked from every page's footer, in the language of {@code ?lang=es|en|sv}:
 * <ul>
 * <li>{@code GET /accessibility}, the accessibility statement;</li>
 * <li>{@code GET /privacy}, the privacy notice (who processes the applicants' data, why, on what legal
 *     basis, who sees it, how long it is kept, their rights, whom to write to), also linked next to
 *     the form's consent. It names its version ({@code intake.privacy-notice.version}), the one a
 *     consent given on the form is recorded with.</li>
 * </ul>
 */
@Controller
class InformationPagesController {

    private final String accessibilityContact;
    private final PrivacyNoticeProperties notice;

    InformationPagesController(
            @Value("${intake.accessibility-contact:accesibilidad@gender-network.local}") String accessibilityContact,
            PrivacyNoticeProperties notice) {
        this.accessibilityContact = accessibilityContact;
        this.notice = notice;
    }

    @GetMapping(path = "/accessibility", produces = MediaType.TEXT_HTML_VALUE)
    String statement(@RequestParam(name = "lang", required = false) String lang, Model model) {
        model.addAttribute("contact", accessibilityContact);
        return page("accessibility", lang, model);
    }

    @GetMapping(path = "/privacy", produces = MediaType.TEXT_HTML_VALUE)
    String privacyNotice(@RequestParam(name = "lang", required = false) String lang, Model model) {
        model.addAttribute("notice", notice);
        return page("privacy", lang, model);
    }

    private static String page(String view, String lang, Model model) {
        model.addAttribute("lang", LanguageResolver.language(lang));
        model.addAttribute("languages", LanguageResolver.LANGUAGES);
        return view;
    }
}
