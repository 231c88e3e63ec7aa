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
import se.icld.gendernetwork.review.application.ApplicationNotFoundException;
import se.icld.gendernetwork.review.application.ConfirmationOutcome;
import se.icld.gendernetwork.review.status.ErasureRequests;

/**
 * The applicant's erasure: the status page's button ({@code POST /status/{id}/erasure-request}, with
 * the token) sends a confirmation link to the application's address and says so; the link
 * ({@code /status/{id}/erasure-confirmation?code=}) shows, on GET, only what would be erased and a
 * button (a mail scanner opening it erases nothing); its POST erases and says it is done. A code
 * that confirms nothing is the same 404 as an unknown id; an expired one a 410 page saying nothing
 * was erased. In the applicant's language, or {@code ?lang=}.
 */
@Controller
@RequiredArgsConstructor
class ErasureRequestPageController {

    private final ErasureRequests requests;

    @PostMapping("/status/{id}/erasure-request")
    String request(@PathVariable UUID id, @RequestParam(required = false) String token, HttpServletRequest request,
            RedirectAttributes redirect) {
        Application application = requests.request(id, token);
        redirect.addAttribute("token", token);
        StatusPageController.keepLanguage(application, request, redirect);
        redirect.addFlashAttribute("done", "status.done.erasure-requested");
        return "redirect:/status/{id}";
    }

    @GetMapping("/status/{id}/erasure-confirmation")
    String confirmation(@PathVariable UUID id, @RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return page(id, code, requests.check(id, code), request, response, model);
    }

    @PostMapping("/status/{id}/erasure-confirmation")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        ConfirmationOutcome outcome = requests.confirm(id, code);
        return page(id, code, outcome, request, response, model);
    }

    private String page(UUID id, String code, ConfirmationOutcome outcome, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (outcome == ConfirmationOutcome.UNKNOWN) {
            throw new ApplicationNotFoundException();
        }
        Application application = requests.application(id);
        StatusPageController.linkPage(application, code, outcome == ConfirmationOutcome.EXPIRED, request, response,
                model);
        model.addAttribute("outcome", application.erased() ? "ERASED" : outcome.name());
        return "review/erasure-confirmation";
    }
}
