package se.icld.gendernetwork.contracts.submission;

import java.util.Locale;

/**
 * One broken rule: the field's path in the submission (as in the API and the event, e.g.
 * {@code applicant.fullName}, {@code focusAreas[1]}) and what is wrong with it. Never the value:
 * a violation may be logged. Each service turns the code into its own message.
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
        /** Not one of the countries this service takes. */
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
        /** A value as carried is not in its normalised form (surrounding spaces, not NFC, CR line ends): only a producer other than intake sends those. */
        NOT_NORMALISED;

        /** The code as text, e.g. {@code not-single-line}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Override
    public String toString() {
        return field + ":" + code.code();
    }
}
