package se.icld.gendernetwork.review.status.page;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.status.ApplicantActions;
import se.icld.gendernetwork.review.status.ApplicantData;
import se.icld.gendernetwork.review.status.ApplicantTimeZone;
import se.icld.gendernetwork.review.web.pages.PageFormats;
import se.icld.gendernetwork.review.web.pages.PageLocaleResolver;

/**
 * The applicant's copy of their data, linked from the status page and protected like it by the
 * status token (a wrong or missing one is the same 404 as an unknown id):
 * {@code GET /status/{id}/data.json?token=} downloads {@link ApplicantData} as a JSON file (one click,
 * {@code Content-Disposition: attachment}), {@code GET /status/{id}/data?token=[&lang=]} shows the
 * same on a page in es/en/sv. Both are {@code Cache-Control: no-store}: unlike the status page they
 * carry the name, email address and phone number, which no shared cache or back-button history
 * should keep.
 */
@Controller
@RequiredArgsConstructor
class ApplicantDataController {

    private final ApplicantActions actions;

    /** Times on the page: in the applicant's zone, in the page's language. */
    public record Times(Locale locale, ZoneId zone) {

        public String at(Instant at) {
            return at == null ? "" : PageFormats.dateTime(at, locale, zone);
        }

        public String machine(Instant at) {
            return at == null ? "" : PageFormats.machineDateTime(at, zone);
        }
    }

    @GetMapping(path = "/status/{id}/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<ApplicantData> download(@PathVariable UUID id, @RequestParam(required = false) String token) {
        ApplicantData data = actions.data(id, token);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("gender-network-" + data.reference() + ".json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .body(data);
    }

    @GetMapping(path = "/status/{id}/data", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable UUID id, @RequestParam(required = false) String token, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        ApplicantData data = actions.data(id, token);
        String language = StatusPageController.language(data.applicant() == null ? null : data.applicant().language(), request);
        PageLocaleResolver.fix(request, language);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String country = data.municipality() == null ? null : data.municipality().country();
        model.addAttribute("id", id);
        model.addAttribute("token", token);
        model.addAttribute("lang", language);
        model.addAttribute("languages", PageLocaleResolver.LANGUAGES.stream()
                .map(code -> new StatusPageController.LanguageLink(code, code.equals(language)))
                .toList());
        model.addAttribute("data", data);
        model.addAttribute("times", new Times(Locale.forLanguageTag(language), ApplicantTimeZone.of(country)));
        return "review/data";
    }
}
