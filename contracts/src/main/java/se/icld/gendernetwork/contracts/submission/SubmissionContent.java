package se.icld.gendernetwork.contracts.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Applicant;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Consent;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Municipality;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Partnership;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Workshops;

/**
 * What an applicant submitted, without the envelope (ids, reference, time): the values that
 * {@link SubmissionRules} judge and that {@link #contentHash()} fingerprints. The same shape as
 * {@link InterestSubmitted}, so field paths are the same in the API, the event and the rules.
 *
 * <p>As read from a request it may be raw; {@link #normalised()} gives the form intake publishes and
 * review-service registers:
 * <ul>
 * <li>every text in Unicode NFC, without surrounding white space or space separators
 *     ({@link Character#isWhitespace} or {@link Character#isSpaceChar});</li>
 * <li>the motivation's line ends as {@code \n} (CRLF and a lone CR both become LF, as browsers
 *     send CRLF from a textarea), then trimmed;</li>
 * <li>a blank phone or Swedish municipality becomes {@code null}; a missing or blank language becomes {@code es};</li>
 * <li>the partnership's network reference in capitals ({@code gen-7k3q-9xda} is {@code GEN-7K3Q-9XDA}: ASCII letters only).</li>
 * </ul>
 * Nothing else changes: no other case folding, no inner white space collapsed.
 */
public record SubmissionContent(
        Applicant applicant,
        Municipality municipality,
        String motivation,
        List<String> focusAreas,
        Workshops workshops,
        boolean partnershipInterest,
        boolean mentorshipInterest,
        Consent consent,
        Partnership partnership) {

    /** Values with the network's question set (no partnership answers). */
    public SubmissionContent(Applicant applicant, Municipality municipality, String motivation, List<String> focusAreas,
            Workshops workshops, boolean partnershipInterest, boolean mentorshipInterest, Consent consent) {
        this(applicant, municipality, motivation, focusAreas, workshops, partnershipInterest, mentorshipInterest, consent,
                null);
    }

    /** The values an event carries, as carried (review-service checks these, not a normalised copy). */
    public static SubmissionContent of(InterestSubmitted event) {
        return new SubmissionContent(event.applicant(), event.municipality(), event.motivation(), event.focusAreas(),
                event.workshops(), event.partnershipInterest(), event.mentorshipInterest(), event.consent(),
                event.partnership());
    }

    /** These values in the normalised form (see the class comment). Normalising twice changes nothing. */
    public SubmissionContent normalised() {
        Applicant a = applicant == null ? null : new Applicant(line(applicant.fullName()), line(applicant.email()),
                phone(applicant.phone()), line(applicant.position()), language(applicant.preferredLanguage()));
        Municipality m = municipality == null ? null
                : new Municipality(line(municipality.name()), line(municipality.region()), line(municipality.country()));
        Consent c = consent == null ? null : new Consent(consent.dataProcessing(), line(consent.noticeVersion()));
        List<String> areas = focusAreas == null ? null : focusAreas.stream().map(SubmissionContent::line).toList();
        Partnership p = partnership == null ? null
                : new Partnership(reference(partnership.networkReference()), optional(partnership.swedishMunicipality()));
        return new SubmissionContent(a, m, text(motivation), areas, workshops, partnershipInterest, mentorshipInterest, c,
                p);
    }

    /**
     * The event intake publishes for these (already checked) values. {@code contentHash} is
     * {@link #contentHash()}, computed once by the caller, who also derives the ids from it.
     */
    public InterestSubmitted toEvent(UUID eventId, Instant occurredAt, UUID submissionId, String reference,
            String contentHash) {
        return toEvent(eventId, occurredAt, submissionId, reference, contentHash, null);
    }

    /** As above, to the call {@code callId} (null: the default call). */
    public InterestSubmitted toEvent(UUID eventId, Instant occurredAt, UUID submissionId, String reference,
            String contentHash, String callId) {
        return new InterestSubmitted(eventId, occurredAt, submissionId, reference, contentHash, applicant, municipality,
                motivation, focusAreas, workshops, partnershipInterest, mentorshipInterest, consent, callId, partnership);
    }

    /**
     * {@link #contentHash()} of these values sent to the call {@code callId}: the same for the
     * default call (so every hash written before calls existed stays what it was), another for any
     * other call (the same text sent to two calls is two applications).
     */
    public String contentHash(String callId) {
        if (callId == null || callId.equals(Calls.DEFAULT_CALL)) {
            return contentHash();
        }
        return sha256("InterestSubmitted/v1/call" + callId.length() + ":" + callId + "|" + contentHash());
    }

    /**
     * SHA-256 (64 hex digits) of a canonical text of these values: every field in declaration order,
     * each text length-prefixed (so no two contents share a text), {@code null} distinct from empty.
     * It depends on the values only, never on how a JSON library writes them. Call it on
     * normalised values: two requests that normalise alike are the same content.
     */
    public String contentHash() {
        StringBuilder canonical = new StringBuilder("InterestSubmitted/v1");
        group(canonical, "A", applicant == null ? null : Arrays.asList(applicant.fullName(), applicant.email(),
                applicant.phone(), applicant.position(), applicant.preferredLanguage()));
        group(canonical, "M", municipality == null ? null
                : Arrays.asList(municipality.name(), municipality.region(), municipality.country()));
        text(canonical, motivation);
        group(canonical, focusAreas == null ? null : "F" + focusAreas.size(), focusAreas);
        canonical.append(workshops == null ? "|-" : "|W" + flag(workshops.local()) + flag(workshops.sweden()));
        canonical.append('|').append(flag(partnershipInterest)).append(flag(mentorshipInterest));
        if (consent == null) {
            canonical.append("|-");
        } else {
            canonical.append("|C").append(flag(consent.dataProcessing()));
            text(canonical, consent.noticeVersion());
        }
        if (partnership != null) {
            // only when present, so every hash of a network expression of interest stays what it was
            canonical.append("|P");
            text(canonical, partnership.networkReference());
            text(canonical, partnership.swedishMunicipality());
        }
        return sha256(canonical.toString());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A single-line value normalised: NFC, then trimmed. */
    static String line(String value) {
        return value == null ? null : strip(Normalizer.normalize(value, Normalizer.Form.NFC));
    }

    /** A reference normalised: as a single line, with its ASCII letters in capitals (then NFC again). */
    static String reference(String value) {
        String line = line(value);
        if (line == null) {
            return null;
        }
        StringBuilder upper = new StringBuilder(line.length());
        line.chars().forEach(c -> upper.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : (char) c));
        return line(upper.toString());
    }

    /** A multi-line value normalised: NFC, line ends as LF, then trimmed. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        return strip(nfc.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static String phone(String value) {
        return optional(value);
    }

    /** A single-line value normalised, blank as {@code null}. */
    private static String optional(String value) {
        String line = line(value);
        return line == null || line.isEmpty() ? null : line;
    }

    private static String language(String value) {
        String language = line(value);
        return language == null || language.isEmpty() ? SubmissionRules.DEFAULT_LANGUAGE : language;
    }

    /** Without leading and trailing white space and space separators (wider than {@link String#strip()}: also U+00A0, U+2007, U+202F). */
    static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end) {
            int cp = value.codePointAt(start);
            if (!isBlank(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = value.codePointBefore(end);
            if (!isBlank(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return value.substring(start, end);
    }

    private static boolean isBlank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** A group of texts: {@code |-} when absent, else {@code |} and its tag, then each text. */
    private static void group(StringBuilder canonical, String tag, List<String> texts) {
        if (texts == null) {
            canonical.append("|-");
        } else {
            canonical.append('|').append(tag);
            texts.forEach(value -> text(canonical, value));
        }
    }

    private static void text(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("|-");
        } else {
            canonical.append('|').append(value.length()).append(':').append(value);
        }
    }

    private static char flag(boolean value) {
        return value ? 't' : 'f';
    }
}
