package se.icld.gendernetwork.intake.submission;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An expression of interest as the applicant sends it (DESIGN.md, "Intake"). Unknown fields are
 * rejected; every single-line field refuses control characters (CR, LF, NUL ...).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SubmissionRequest(
        @NotNull(message = "{validation.required}") @Valid Applicant applicant,
        @NotNull(message = "{validation.required}") @Valid Municipality municipality,
        @NotBlank(message = "{validation.required}")
        @Size(min = 50, max = 4000, message = "{validation.size}") String motivation,
        @NotEmpty(message = "{validation.focusAreas.required}")
        @NoDuplicates(message = "{validation.noDuplicates}") List<@NotNull(message = "{validation.required}") FocusArea> focusAreas,
        @NotNull(message = "{validation.required}") @Valid Workshops workshops,
        boolean partnershipInterest,
        boolean mentorshipInterest,
        @NotNull(message = "{validation.consent}") @Valid Consent consent) {

    /** Single line: no control characters at all (CR, LF, NUL, TAB ...). */
    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Applicant(
            @NotBlank(message = "{validation.required}") @Size(min = 2, max = 120, message = "{validation.size}")
            @Pattern(regexp = SINGLE_LINE, message = "{validation.singleLine}") String fullName,
            @NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.size.max}")
            @Email(message = "{validation.email}")
            @Pattern(regexp = SINGLE_LINE, message = "{validation.singleLine}") String email,
            @Size(max = 32, message = "{validation.size.max}")
            @Pattern(regexp = "[0-9+() .\\-]*", message = "{validation.phone}") String phone,
            @NotBlank(message = "{validation.required}") @Size(min = 2, max = 120, message = "{validation.size}")
            @Pattern(regexp = SINGLE_LINE, message = "{validation.singleLine}") String position,
            @Pattern(regexp = "es|en|sv", message = "{validation.language}") String preferredLanguage) {

        /** Spanish unless the applicant chose English or Swedish. */
        public String language() {
            return preferredLanguage == null || preferredLanguage.isBlank() ? "es" : preferredLanguage;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Municipality(
            @NotBlank(message = "{validation.required}") @Size(min = 2, max = 120, message = "{validation.size}")
            @Pattern(regexp = SINGLE_LINE, message = "{validation.singleLine}") String name,
            @NotBlank(message = "{validation.required}") @Size(min = 2, max = 120, message = "{validation.size}")
            @Pattern(regexp = SINGLE_LINE, message = "{validation.singleLine}") String region,
            @NotBlank(message = "{validation.required}") @EligibleCountry(message = "{validation.country}") String country) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Workshops(boolean local, boolean sweden) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Consent(
            @AssertTrue(message = "{validation.consent}") boolean dataProcessing,
            @NotBlank(message = "{validation.required}") @Size(max = 32, message = "{validation.size.max}")
            @Pattern(regexp = SINGLE_LINE, message = "{validation.singleLine}") String noticeVersion) {
    }
}
