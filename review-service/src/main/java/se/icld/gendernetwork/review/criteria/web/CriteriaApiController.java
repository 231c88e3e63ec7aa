package se.icld.gendernetwork.review.criteria.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import se.icld.gendernetwork.review.application.Review;
import se.icld.gendernetwork.review.criteria.CallCriteria;
import se.icld.gendernetwork.review.criteria.Criterion;
import se.icld.gendernetwork.review.web.InvalidParameterException;
import se.icld.gendernetwork.review.web.pages.PageLocaleResolver;

/**
 * The review criteria for reviewers' clients (role REVIEWER or ADMIN): the catalogue, or with
 * {@code ?callId=} the criteria that call's applications are scored on (an id no call has: 400); each
 * with its name in the request's language ({@code ?lang=} or {@code Accept-Language}: es, en or sv, else
 * Spanish), all three names, and the scale every score is on.
 */
@RestController
@RequiredArgsConstructor
class CriteriaApiController {

    record Scale(int min, int max) {
    }

    record CriterionView(String id, String name, Map<String, String> names, Scale scale) {
    }

    /** {@code callId}: the call asked for, null for the catalogue. */
    record CriteriaView(String language, String callId, List<CriterionView> criteria) {
    }

    private final CallCriteria criteria;

    @GetMapping("/api/v1/review/criteria")
    CriteriaView criteria(@RequestParam(required = false) String callId, HttpServletRequest request) {
        String call = callId == null || callId.isBlank() ? null : callId.strip();
        List<Criterion> listed = call == null ? criteria.catalogue() : criteria.ofConfigured(call)
                .orElseThrow(() -> new InvalidParameterException("callId", "must be the id of a configured call."));
        String language = PageLocaleResolver.visitorLanguage(request);
        Locale locale = Locale.forLanguageTag(language);
        Scale scale = new Scale(Review.MIN_SCORE, Review.MAX_SCORE);
        return new CriteriaView(language, call, listed.stream()
                .map(c -> new CriterionView(c.id(), c.nameIn(locale), c.name(), scale))
                .toList());
    }
}
