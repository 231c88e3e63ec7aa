package se.icld.gendernetwork.contracts.submission;

import java.util.Locale;

/**
 * One broken rule: the field's path in the submission (as in the API and the event, e.g.
 * {@code applicant.fullName}, {@code focusAreas[1]}) and what is wrong with it. Never the value:
 * a violation may be logged. {@link #messageKey()} and {@link #messageArguments()} name its words
 * in the services' bundles ({@code validation.*}, the same in intake's and review's), so the form,
 * the APIs and the status page's corrections say the same thing.
 */
public record Violation(String field, Code code) {

    public enum Code {
        /** Missing, or blank after trimming. */
        REQUIRED,
        /** Outside the field's {@link SubmissionRules.Length} (code points, after normalising). */
        LENGTH,
        /** A single-line field holds a control, format or line/paragraph separator character (Cc, Cf, Zl, Zp) or a lone surrogate. */
        NOT_SINGLE_LINE,
        /** The motivation holds a control character other than line feed and tab, or a Cf, Zl, Zp character or a lone surrogate. */
        FORBIDDEN_CHARACTER,
        /** Not an address of the one accepted form (see {@link SubmissionRules#isEmail(String)}). */
        EMAIL,
        /** A phone number with something other than digits, spaces and {@code + ( ) . -}. */
        PHONE,
        /** Not one of {@link SubmissionRules#LANGUAGES}. */
        LANGUAGE,
        /** Not one of the countries the call takes ({@code Call.eligibleCountries}). */
        COUNTRY,
        /** No focus area chosen. */
        AT_LEAST_ONE,
        /** The same focus area twice. */
        DUPLICATE,
        /** Not a {@link FocusArea}. */
        UNKNOWN_VALUE,
        /** Consent to the processing of the data not given. */
        CONSENT_REQUIRED,
        /** A notice version this service does not publish. */
        UNKNOWN_NOTICE_VERSION,
        /** Not a reference as intake issues them, e.g. {@code GEN-7K3Q-9XDA} ({@link SubmissionRules#isReference(String)}). */
        REFERENCE,
        /** Answers the call does not ask: a {@code partnership} sent to a network call, workshops asked for in a partnership call. */
        NOT_ASKED,
        /** A value as carried is not in its normalised form (surrounding spaces, not NFC, CR line ends): only a producer other than intake sends those. */
        NOT_NORMALISED;

        /** The code as text, e.g. {@code not-single-line}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The bundle key of this violation's words, e.g. {@code validation.size} for a length outside its bounds. */
    public String messageKey() {
        SubmissionRules.Length length = code == Code.LENGTH ? SubmissionRules.LENGTHS.get(field) : null;
        if (length != null) {
            return length.min() > 1 ? "validation.size" : "validation.size.max";
        }
        return switch (code) {
            case REQUIRED -> "validation.required";
            case NOT_SINGLE_LINE -> "validation.singleLine";
            case FORBIDDEN_CHARACTER -> "validation.forbiddenCharacter";
            case EMAIL -> "validation.email";
            case PHONE -> "validation.phone";
            case LANGUAGE -> "validation.language";
            case COUNTRY -> "validation.country";
            case AT_LEAST_ONE -> "validation.focusAreas.required";
            case DUPLICATE -> "validation.noDuplicates";
            case CONSENT_REQUIRED -> "validation.consent";
            case UNKNOWN_NOTICE_VERSION -> "validation.noticeVersion";
            case REFERENCE -> "validation.reference";
            case NOT_ASKED -> "validation.notAsked";
            case LENGTH, UNKNOWN_VALUE, NOT_NORMALISED -> "validation.invalidValue";
        };
    }

    /**
     * The arguments of {@link #messageKey()}: a length's bounds (minimum and maximum, or the maximum
     * alone), as text, since a number would be written with grouping ("4,000"); otherwise none.
     */
    public Object[] messageArguments() {
        SubmissionRules.Length length = code == Code.LENGTH ? SubmissionRules.LENGTHS.get(field) : null;
        if (length == null) {
            return new Object[0];
        }
        return length.min() > 1 ? new Object[] {String.valueOf(length.min()), String.valueOf(length.max())}
                : new Object[] {String.valueOf(length.max())};
    }

    @Override
    public String toString() {
        return field + ":" + code.code();
    }
}
