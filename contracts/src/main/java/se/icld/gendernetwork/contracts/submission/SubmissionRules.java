package se.icld.gendernetwork.contracts.submission;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Applicant;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Consent;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Municipality;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Partnership;
import se.icld.gendernetwork.contracts.submission.Violation.Code;

/**
 * The rules of a submission to one call, one definition for intake-service (which answers 400 with
 * them) and review-service (which registers only what passes them): what intake accepts, review
 * registers. They depend on the call ({@link #forCall}): its eligible countries and its question set
 * ({@link Call.Questions}). They judge {@link SubmissionContent#normalised() normalised} values as
 * they are; a value that is not normalised is itself a violation ({@link Code#NOT_NORMALISED}).
 *
 * <p>Every call:
 * <ul>
 * <li>{@code applicant.fullName}, {@code applicant.position}, {@code municipality.name},
 *     {@code municipality.region}: required, 2–120 characters (Unicode code points), single line.</li>
 * <li>{@code applicant.email}: required, at most 254, one form only ({@link #isEmail}).</li>
 * <li>{@code applicant.phone}: optional, at most 32, digits, spaces and {@code + ( ) . -}.</li>
 * <li>{@code applicant.preferredLanguage}: {@code es}, {@code en} or {@code sv}.</li>
 * <li>{@code municipality.country}: one of the call's eligible countries ({@link Call#eligibleCountries()}).</li>
 * <li>{@code motivation}: required, 50–4,000 characters; lines end in LF; tabs allowed.</li>
 * <li>{@code focusAreas}: at least one {@link FocusArea}, none twice.</li>
 * <li>{@code workshops}: present. {@code consent.dataProcessing}: true.
 *     {@code consent.noticeVersion}: one of the notice versions the service publishes.</li>
 * </ul>
 * A {@link Call.Questions#NETWORK NETWORK} call (the expression of interest): no {@code partnership}
 * ({@link Code#NOT_ASKED}). A {@link Call.Questions#PARTNERSHIP PARTNERSHIP} call (the municipal
 * partnership programme, for members of the network):
 * <ul>
 * <li>{@code partnership}: required. {@code partnership.networkReference}: required, a reference as
 *     intake issues them ({@link #isReference}, e.g. {@code GEN-7K3Q-9XDA}; normalised to capitals).
 *     {@code partnership.swedishMunicipality}: optional (none: no preference), 2–120, single line.</li>
 * <li>{@code motivation} (what the partnership would work on) and {@code focusAreas} as above;
 *     {@code mentorshipInterest} is the mentoring wish.</li>
 * <li>{@code workshops}: not asked: both false ({@link Code#NOT_ASKED} otherwise).</li>
 * </ul>
 * Single line means no character of the Unicode general categories Cc (controls: CR, LF, TAB, NUL,
 * U+0085 ...), Cf (format: bidi embeddings and overrides U+202A–202E and isolates U+2066–2069,
 * zero-width U+200B–200D, U+FEFF, soft hyphen ...), Zl, Zp, and no lone surrogate. The motivation
 * may hold LF and TAB and no other of those.
 *
 * <p>Plain Java, no framework: instances are immutable and thread-safe.
 */
public final class SubmissionRules {

    /** A length in Unicode code points, both ends included. */
    public record Length(int min, int max) {

        boolean admits(String value) {
            int length = value.codePointCount(0, value.length());
            return length >= min && length <= max;
        }
    }

    public static final List<String> LANGUAGES = List.of("es", "en", "sv");
    public static final String DEFAULT_LANGUAGE = "es";
    /** The privacy notice the form shows today: the default of each service's published versions. */
    public static final String CURRENT_NOTICE_VERSION = "2024-01";

    public static final Length NAME = new Length(2, 120);
    public static final Length EMAIL = new Length(1, 254);
    public static final Length PHONE = new Length(0, 32);
    public static final Length MOTIVATION = new Length(50, 4000);
    public static final Length NOTICE_VERSION = new Length(1, 32);

    /** The length rule of each field that has one, by field path. */
    public static final Map<String, Length> LENGTHS = lengths();

    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL_PART = Pattern.compile(ATEXT + "(?:\\." + ATEXT + ")*");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[0-9+() .\\-]*");
    /** A reference as intake issues them: {@code GEN-}, then twice four of Crockford's base 32 (no I, L, O, U). */
    private static final Pattern REFERENCE = Pattern.compile("GEN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    private final Set<String> eligibleCountries;
    private final Set<String> noticeVersions;
    private final Call.Questions questions;

    /**
     * The rules of a call with the {@link Call.Questions#NETWORK network's} question set.
     *
     * @param eligibleCountries ISO codes of the countries whose municipalities may apply
     * @param noticeVersions the privacy-notice versions the service publishes (consent to any other is refused)
     */
    public SubmissionRules(Set<String> eligibleCountries, Set<String> noticeVersions) {
        this(eligibleCountries, noticeVersions, Call.Questions.NETWORK);
    }

    private SubmissionRules(Set<String> eligibleCountries, Set<String> noticeVersions, Call.Questions questions) {
        this.eligibleCountries = Set.copyOf(eligibleCountries);
        this.noticeVersions = Set.copyOf(noticeVersions);
        this.questions = Objects.requireNonNull(questions, "questions");
        if (this.noticeVersions.isEmpty()) {
            throw new IllegalArgumentException("at least one published notice version is needed");
        }
    }

    /** The rules of submissions to {@code call}: its eligible countries and its question set. */
    public static SubmissionRules forCall(Call call, Set<String> noticeVersions) {
        Objects.requireNonNull(call, "call");
        return new SubmissionRules(call.eligibleCountries(), noticeVersions, call.questions());
    }

    /** The question set these rules check. */
    public Call.Questions questions() {
        return questions;
    }

    /** Every broken rule, at most one per field, in the order of the fields; empty when the content is valid. */
    public List<Violation> check(SubmissionContent content) {
        Objects.requireNonNull(content, "content");
        List<Violation> violations = new ArrayList<>();
        Applicant a = content.applicant();
        if (a == null) {
            violations.add(new Violation("applicant", Code.REQUIRED));
        } else {
            line(violations, "applicant.fullName", a.fullName());
            email(violations, a.email());
            phone(violations, a.phone());
            line(violations, "applicant.position", a.position());
            if (a.preferredLanguage() == null || !LANGUAGES.contains(a.preferredLanguage())) {
                violations.add(new Violation("applicant.preferredLanguage", Code.LANGUAGE));
            }
        }
        Municipality m = content.municipality();
        if (m == null) {
            violations.add(new Violation("municipality", Code.REQUIRED));
        } else {
            line(violations, "municipality.name", m.name());
            line(violations, "municipality.region", m.region());
            if (isBlank(m.country())) {
                violations.add(new Violation("municipality.country", Code.REQUIRED));
            } else if (!eligibleCountries.contains(m.country())) {
                violations.add(new Violation("municipality.country", Code.COUNTRY));
            }
        }
        motivation(violations, content.motivation());
        focusAreas(violations, content.focusAreas());
        if (content.workshops() == null) {
            violations.add(new Violation("workshops", Code.REQUIRED));
        } else if (questions == Call.Questions.PARTNERSHIP && (content.workshops().local() || content.workshops().sweden())) {
            violations.add(new Violation("workshops", Code.NOT_ASKED));
        }
        partnership(violations, content.partnership());
        Consent c = content.consent();
        if (c == null) {
            violations.add(new Violation("consent", Code.CONSENT_REQUIRED));
        } else {
            if (!c.dataProcessing()) {
                violations.add(new Violation("consent.dataProcessing", Code.CONSENT_REQUIRED));
            }
            String version = c.noticeVersion();
            Code code = textCode(version, NOTICE_VERSION, false, SubmissionContent.line(version));
            if (code == null && !noticeVersions.contains(version)) {
                code = Code.UNKNOWN_NOTICE_VERSION;
            }
            if (code != null) {
                violations.add(new Violation("consent.noticeVersion", code));
            }
        }
        return List.copyOf(violations);
    }

    /** Whether the content breaks no rule. */
    public boolean isValid(SubmissionContent content) {
        return check(content).isEmpty();
    }

    /**
     * The one accepted form of an email address: a dot-atom local part of ASCII letters, digits and
     * {@code ! # $ % & ' * + / = ? ^ _ ` { | } ~ -} (dots only between them, at most 64), {@code @},
     * and a domain of at least two dot-separated labels (letters, digits, inner hyphens, at most 63
     * each) ending in a label of 2–63 letters. No quoted local parts, comments, IP literals or
     * non-ASCII characters (an internationalised domain is written in its {@code xn--} form).
     */
    public static boolean isEmail(String value) {
        if (value == null || value.length() > EMAIL.max()) {
            return false;
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at > 64) {
            return false;
        }
        return LOCAL_PART.matcher(value.substring(0, at)).matches() && DOMAIN.matcher(value.substring(at + 1)).matches();
    }

    /**
     * Whether {@code value} is a reference as intake issues them ({@code GEN-7K3Q-9XDA}): {@code GEN-},
     * then twice four capitals or digits of Crockford's base 32, without I, L, O or U, joined by a hyphen.
     */
    public static boolean isReference(String value) {
        return value != null && REFERENCE.matcher(value).matches();
    }

    /** Whether {@code value} holds none of the characters a single-line field refuses. */
    public static boolean isSingleLine(String value) {
        return value.codePoints().noneMatch(cp -> refusedInText(cp) || cp == '\n' || cp == '\t');
    }

    /** Whether {@code value} holds none of the characters the motivation refuses (LF and TAB are allowed). */
    public static boolean isAllowedText(String value) {
        return value.codePoints().noneMatch(SubmissionRules::refusedInText);
    }

    /** Cc except LF and TAB; Cf, Zl, Zp; a lone surrogate. */
    private static boolean refusedInText(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL -> cp != '\n' && cp != '\t';
            case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static void line(List<Violation> violations, String field, String value) {
        Code code = textCode(value, NAME, false, SubmissionContent.line(value));
        if (code != null) {
            violations.add(new Violation(field, code));
        }
    }

    private static void email(List<Violation> violations, String value) {
        Code code = textCode(value, EMAIL, false, SubmissionContent.line(value));
        if (code == null && !isEmail(value)) {
            code = Code.EMAIL;
        }
        if (code != null) {
            violations.add(new Violation("applicant.email", code));
        }
    }

    private static void phone(List<Violation> violations, String value) {
        if (value == null) {
            return;
        }
        String normalised = SubmissionContent.line(value);
        Code code;
        if (!value.equals(normalised) || value.isEmpty()) {
            code = Code.NOT_NORMALISED;
        } else if (!isSingleLine(value)) {
            code = Code.NOT_SINGLE_LINE;
        } else if (!PHONE.admits(value)) {
            code = Code.LENGTH;
        } else if (!PHONE_CHARACTERS.matcher(value).matches()) {
            code = Code.PHONE;
        } else {
            return;
        }
        violations.add(new Violation("applicant.phone", code));
    }

    private void partnership(List<Violation> violations, Partnership p) {
        if (questions == Call.Questions.NETWORK) {
            if (p != null) {
                violations.add(new Violation("partnership", Code.NOT_ASKED));
            }
            return;
        }
        if (p == null) {
            violations.add(new Violation("partnership", Code.REQUIRED));
            return;
        }
        String reference = p.networkReference();
        Code code = isBlank(reference) ? Code.REQUIRED
                : !reference.equals(SubmissionContent.reference(reference)) ? Code.NOT_NORMALISED
                : isReference(reference) ? null : Code.REFERENCE;
        if (code != null) {
            violations.add(new Violation("partnership.networkReference", code));
        }
        String wished = p.swedishMunicipality();
        if (wished != null) {
            // Optional: null is no preference; an empty or blank text is not normalised (it is null then).
            Code wishedCode = wished.isEmpty() ? Code.NOT_NORMALISED
                    : textCode(wished, NAME, false, SubmissionContent.line(wished));
            if (wishedCode == Code.REQUIRED) {
                wishedCode = Code.NOT_NORMALISED;
            }
            if (wishedCode != null) {
                violations.add(new Violation("partnership.swedishMunicipality", wishedCode));
            }
        }
    }

    private static void motivation(List<Violation> violations, String value) {
        Code code = textCode(value, MOTIVATION, true, SubmissionContent.text(value));
        if (code != null) {
            violations.add(new Violation("motivation", code));
        }
    }

    /** required → normalised → allowed characters → length; null when all hold. */
    private static Code textCode(String value, Length length, boolean multiLine, String normalised) {
        if (isBlank(value)) {
            return Code.REQUIRED;
        }
        if (!value.equals(normalised)) {
            return Code.NOT_NORMALISED;
        }
        if (multiLine ? !isAllowedText(value) : !isSingleLine(value)) {
            return multiLine ? Code.FORBIDDEN_CHARACTER : Code.NOT_SINGLE_LINE;
        }
        return length.admits(value) ? null : Code.LENGTH;
    }

    private static void focusAreas(List<Violation> violations, List<String> areas) {
        if (areas == null || areas.isEmpty()) {
            violations.add(new Violation("focusAreas", Code.AT_LEAST_ONE));
            return;
        }
        for (int i = 0; i < areas.size(); i++) {
            String area = areas.get(i);
            if (area == null) {
                violations.add(new Violation("focusAreas[" + i + "]", Code.REQUIRED));
            } else if (!FocusArea.isFocusArea(area)) {
                violations.add(new Violation("focusAreas[" + i + "]", Code.UNKNOWN_VALUE));
            }
        }
        if (new HashSet<>(areas).size() != areas.size()) {
            violations.add(new Violation("focusAreas", Code.DUPLICATE));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || SubmissionContent.strip(value).isEmpty();
    }

    private static Map<String, Length> lengths() {
        Map<String, Length> lengths = new LinkedHashMap<>();
        lengths.put("applicant.fullName", NAME);
        lengths.put("applicant.email", EMAIL);
        lengths.put("applicant.phone", PHONE);
        lengths.put("applicant.position", NAME);
        lengths.put("municipality.name", NAME);
        lengths.put("municipality.region", NAME);
        lengths.put("motivation", MOTIVATION);
        lengths.put("consent.noticeVersion", NOTICE_VERSION);
        lengths.put("partnership.swedishMunicipality", NAME);
        return Map.copyOf(lengths);
    }
}
