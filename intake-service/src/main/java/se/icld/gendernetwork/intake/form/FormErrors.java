package se.icld.gendernetwork.intake.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import se.icld.gendernetwork.contracts.submission.Violation;
import se.icld.gendernetwork.intake.submission.web.ViolationMessages;

/**
 * The errors of a posted form by form field, in page order, the first message of each field: the
 * broken rules (named by their path in the submission, mapped to the field that holds it) and
 * values that could not be bound at all.
 */
@Component
@RequiredArgsConstructor
class FormErrors {

    /** Form fields in page order, with the submission fields that belong to each. */
    private static final Map<String, List<String>> FIELDS = fields();

    private final ViolationMessages messages;

    Map<String, String> of(ApplicationForm form, List<Violation> violations, BindingResult binding) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Violation violation : violations) {
            byField.putIfAbsent(formField(violation.field()), messages.message(violation));
        }
        for (FieldError error : binding.getFieldErrors()) {
            byField.putIfAbsent(error.getField(), messages.text("validation.invalidValue"));
        }
        if (form.unknownFocusAreas()) {
            byField.putIfAbsent("focusAreas", messages.text("validation.invalidValue"));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.keySet().forEach(field -> {
            if (byField.containsKey(field)) {
                ordered.put(field, byField.get(field));
            }
        });
        byField.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The form field of a submission field: the one naming it exactly, else the first naming a field it is part of. */
    private static String formField(String path) {
        for (Map.Entry<String, List<String>> field : FIELDS.entrySet()) {
            if (field.getValue().contains(path)) {
                return field.getKey();
            }
        }
        for (Map.Entry<String, List<String>> field : FIELDS.entrySet()) {
            for (String prefix : field.getValue()) {
                if (path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[")) {
                    return field.getKey();
                }
            }
        }
        return path;
    }

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("fullName", List.of("applicant.fullName"));
        fields.put("position", List.of("applicant.position"));
        fields.put("email", List.of("applicant.email"));
        fields.put("phone", List.of("applicant.phone"));
        fields.put("preferredLanguage", List.of("applicant.preferredLanguage", "applicant"));
        fields.put("country", List.of("municipality.country"));
        fields.put("municipalityName", List.of("municipality.name"));
        fields.put("region", List.of("municipality.region", "municipality"));
        fields.put("networkReference", List.of("partnership.networkReference", "partnership"));
        fields.put("swedishChoice", List.of("partnership.swedishChoice"));
        fields.put("swedishMunicipality", List.of("partnership.swedishMunicipality"));
        fields.put("motivation", List.of("motivation"));
        fields.put("focusAreas", List.of("focusAreas"));
        fields.put("workshopLocal", List.of("workshops"));
        fields.put("workshopSweden", List.of());
        fields.put("partnershipInterest", List.of("partnershipInterest"));
        fields.put("mentorshipInterest", List.of("mentorshipInterest"));
        fields.put("mentoring", List.of("mentoring"));
        fields.put("consent", List.of("consent"));
        return fields;
    }
}
