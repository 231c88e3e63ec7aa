package se.icld.gendernetwork.review.criteria.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import se.icld.gendernetwork.review.application.Review;
import se.icld.gendernetwork.review.criteria.CriteriaProperties;
import se.icld.gendernetwork.review.web.pages.PageLocaleResolver;

/**
 * The call's review criteria for reviewers' clients (role REVIEWER or ADMIN): each with its name in
 * the request's language ({@code ?lang=} or {@code Accept-Language}: es, en or sv, else Spanish), all
 * three names, and the scale every score is on.
 */
@RestController
class CriteriaApiController {

    record Scale(int min, int max) {
    }

    record CriterionView(String id, String name, Map<String, String> names, Scale scale) {
    }

    record CriteriaView(String language, List<CriterionView> criteria) {
    }

    private final CriteriaProperties properties;

    CriteriaApiController(CriteriaProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/v1/review/criteria")
    CriteriaView criteria(HttpServletRequest request) {
        String language = PageLocaleResolver.visitorLanguage(request);
        Locale locale = Locale.forLanguageTag(language);
        Scale scale = new Scale(Review.MIN_SCORE, Review.MAX_SCORE);
        return new CriteriaView(language, properties.criteria().stream()
                .map(c -> new CriterionView(c.id(), c.nameIn(locale), c.name(), scale))
                .toList());
    }
}
