package se.icld.gendernetwork.intake.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.icld.gendernetwork.contracts.submission.FocusArea;
import se.icld.gendernetwork.intake.IntakeProperties;

/** What the form page shows: the answers, the errors or a notice, and the choices (countries, municipalities, focus areas, languages). */
@Component
class FormPage {

    static final String VIEW = "form";

    private final IntakeProperties properties;

    FormPage(IntakeProperties properties) {
        this.properties = properties;
    }

    record Country(String code, String name) {
    }

    record KnownMunicipality(String name, String country) {
    }

    /** The form with {@code errors} by field, or a {@code notice} ({@code form.notice.<notice>.*}), or neither. */
    String show(ApplicationForm form, Map<String, String> errors, String notice, Model model) {
        Locale locale = Locale.forLanguageTag(form.getLang());
        model.addAttribute("form", form);
        model.addAttribute("lang", form.getLang());
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        model.addAttribute("countries", countries(locale));
        model.addAttribute("municipalities", municipalities(form.getCountry(), locale));
        model.addAttribute("focusAreas", FocusArea.values());
        model.addAttribute("languages", LanguageResolver.LANGUAGES);
        return VIEW;
    }

    private List<Country> countries(Locale locale) {
        return properties.eligibleCountries().stream()
                .map(code -> new Country(code, countryName(code, locale)))
                .sorted(Comparator.comparing(Country::name))
                .toList();
    }

    /** The known municipalities of the chosen country, or of every eligible country before one is chosen. */
    private List<KnownMunicipality> municipalities(String chosenCountry, Locale locale) {
        List<KnownMunicipality> known = new ArrayList<>();
        for (Country country : countries(locale)) {
            if (chosenCountry == null || chosenCountry.isBlank() || chosenCountry.equals(country.code())
                    || !properties.eligibleCountries().contains(chosenCountry)) {
                properties.municipalities().getOrDefault(country.code(), List.of())
                        .forEach(name -> known.add(new KnownMunicipality(name.strip(), country.name())));
            }
        }
        return known;
    }

    private static String countryName(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }
}
