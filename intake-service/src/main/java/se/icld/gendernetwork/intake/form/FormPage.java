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

/**
 * What the form page shows: the answers, the errors or a notice, and the choices (the call's countries,
 * municipalities, focus areas, languages), with the call's question set ({@link Call.Questions}); and the
 * start page that lets the applicant choose among the open calls.
 */
@Component
class FormPage {

    static final String VIEW = "form";
    static final String CHOOSE_VIEW = "calls";

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
        model.addAttribute("partnership", call.questions() == Call.Questions.PARTNERSHIP);
        model.addAttribute("countries", countries(call, locale));
        model.addAttribute("municipalities", municipalities(call, form.getCountry(), locale));
        model.addAttribute("focusAreas", FocusArea.values());
        model.addAttribute("languages", LanguageResolver.LANGUAGES);
        return VIEW;
    }

    /**
     * Whether the start page ({@code GET /} without {@code ?call=}) lets the applicant choose the call:
     * when the calls open now are other than the default call alone (two or more, or one that is not
     * the default). Otherwise it is the default call's form, or its closed page.
     */
    boolean choosing() {
        List<Call> open = calls.openAt(Instant.now(clock));
        return !open.isEmpty() && !(open.size() == 1 && open.get(0).id().equals(calls.defaultCall().id()));
    }

    /** The start page listing the open calls (title, introduction, dates, time left), each linked to its form. */
    String choose(String lang, Model model) {
        Locale locale = Locale.forLanguageTag(lang);
        Instant now = Instant.now(clock);
        model.addAttribute("lang", lang);
        model.addAttribute("languages", LanguageResolver.LANGUAGES);
        model.addAttribute("calls", calls.openAt(now).stream().map(c -> CallView.of(c, now, locale, messages)).toList());
        return CHOOSE_VIEW;
    }

    /** The call {@code id} names, or the default call when it names none or an unknown one. */
    Call callOrDefault(String id) {
        return id == null ? calls.defaultCall() : calls.find(id.strip()).orElse(calls.defaultCall());
    }

    private List<Country> countries(Call call, Locale locale) {
        return call.eligibleCountries().stream()
                .map(code -> new Country(code, countryName(code, locale)))
                .sorted(Comparator.comparing(Country::name))
                .toList();
    }

    /** The known municipalities of the chosen country, or of every country of the call before one is chosen. */
    private List<KnownMunicipality> municipalities(Call call, String chosenCountry, Locale locale) {
        List<KnownMunicipality> known = new ArrayList<>();
        for (Country country : countries(call, locale)) {
            if (chosenCountry == null || chosenCountry.isBlank() || chosenCountry.equals(country.code())
                    || !call.eligibleCountries().contains(chosenCountry)) {
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
