package se.icld.gendernetwork.review.status.page;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ConfirmationOutcome;
import se.icld.gendernetwork.review.status.ApplicantActions;

/**
 * The link in the email sent to a new address, {@code /status/{id}/email-confirmation?code=}: GET
 * only shows what would be confirmed and a button (mail scanners that open links confirm nothing);
 * the button's POST (CSRF-protected like every page form) confirms, and the applicant lands on their
 * status page saying so. A code that confirms nothing is the same 404 as an unknown id; an expired
 * one is a page saying the address did not change (410), with no status link (whoever holds this
 * link proved nothing yet). In the applicant's language, or {@code ?lang=}.
 */
@Controller
@RequiredArgsConstructor
class EmailConfirmationPageController {

    private final ApplicantActions actions;

    @GetMapping("/status/{id}/email-confirmation")
    String confirmation(@PathVariable UUID id, @RequestParam(required = false) String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Application application = actions.pendingConfirmation(id, code);
        boolean expired = actions.expired(application);
        StatusPageController.linkPage(application, code, expired, request, response, model);
        model.addAttribute("expired", expired);
        model.addAttribute("address", application.pendingEmail().address());
        return "review/email-confirmation";
    }

    @PostMapping("/status/{id}/email-confirmation")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Application application = actions.pendingConfirmation(id, code);
        if (actions.confirmEmail(id, code) == ConfirmationOutcome.EXPIRED) {
            return confirmation(id, code, request, response, model);
        }
        redirect.addAttribute("token", actions.tokenFor(id));
        StatusPageController.keepLanguage(application, request, redirect);
        redirect.addFlashAttribute("done", "status.done.email-confirmed");
        return "redirect:/status/{id}";
    }
}
