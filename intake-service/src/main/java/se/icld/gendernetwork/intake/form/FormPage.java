package se.icld.gendernetwork.intake.form;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.submission.FocusArea;
import se.icld.gendernetwork.intake.IntakeProperties;
import se.icld.gendernetwork.intake.calls.CallView;

/** What the form page shows: the answers, the errors or a notice, and the choices (countries, municipalities, focus areas, languages). */
@Component
class FormPage {

    static final String VIEW = "form";

    private final IntakeProperties properties;
    private final Calls calls;
    private final MessageSource messages;
    private final Clock clock;

    FormPage(IntakeProperties properties, Calls calls, MessageSource messages, Optional<Clock> clock) {
        this.properties = properties;
        this.calls = calls;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
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
        // The form is for one call (?call=, the default call without it); before its opening and after its
        // closing the page says so, with the dates, instead of the form. The other open calls are linked.
        Instant now = Instant.now(clock);
        Call call = callOrDefault(form.getCallId());
        form.setCallId(call.id());
        model.addAttribute("call", CallView.of(call, now, locale, messages));
        model.addAttribute("otherCalls", calls.openAt(now).stream().filter(c -> !c.id().equals(call.id()))
                .map(c -> CallView.of(c, now, locale, messages)).toList());
        model.addAttribute("countries", countries(locale));
        model.addAttribute("municipalities", municipalities(form.getCountry(), locale));
        model.addAttribute("focusAreas", FocusArea.values());
        model.addAttribute("languages", LanguageResolver.LANGUAGES);
        return VIEW;
    }

    /** The call {@code id} names, or the default call when it names none or an unknown one. */
    Call callOrDefault(String id) {
        return id == null ? calls.defaultCall() : calls.find(id.strip()).orElse(calls.defaultCall());
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
