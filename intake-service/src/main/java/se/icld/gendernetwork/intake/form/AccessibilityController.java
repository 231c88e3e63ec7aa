package se.icld.gendernetwork.intake.form;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The accessibility statement ({@code GET /accessibility?lang=es|en|sv}), linked from every page's footer. */
@Controller
class AccessibilityController {

    private final String contact;

    AccessibilityController(@Value("${intake.accessibility-contact:accesibilidad@gender-network.local}") String contact) {
        this.contact = contact;
    }

    @GetMapping(path = "/accessibility", produces = MediaType.TEXT_HTML_VALUE)
    String statement(@RequestParam(name = "lang", required = false) String lang, Model model) {
        model.addAttribute("lang", LanguageResolver.language(lang));
        model.addAttribute("languages", LanguageResolver.LANGUAGES);
        model.addAttribute("contact", contact);
        return "accessibility";
    }
}
