package se.icld.gendernetwork.contracts.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Applicant;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Consent;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Municipality;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Partnership;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Workshops;
import tools.jackson.databind.json.JsonMapper;

/**
 * What intake accepts, review registers: for generated submissions (odd Unicode, surrounding
 * spaces, lengths at the limits), whenever intake's check passes on the normalised values, the
 * event intake would publish, written to JSON and read back as review reads it, passes review's
 * check, carries the same values and hashes to the same content hash.
 */
class IntakeValidIsReviewValidTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Characters that have broken validators before: spaces of every kind, controls, bidi, zero-width, combining marks, surrogates. */
    private static final String[] NASTY = {" ", "  ", "\u00a0", "\u2003", "\u202f", "\u3000", "\t", "\r", "\n", "\r\n",
            "\u000b", "\u0000", "\u001f", "\u007f", "\u0085", "\u2028", "\u2029", "\u200b", "\u200c", "\u200d", "\u2060",
            "\ufeff", "\u00ad", "\u202a", "\u202e", "\u2066", "\u2069", "\u0301", "e\u0301", "\u1100\u1161",
            "\ud800", "\udfff", "\ud83c\udf3b", "\ud83d\udc69\u200d\ud83d\udcbc", "ñ", "Å", "ß", "ﬁ", "Ω", "\u212b"};

    @Property(tries = 2000)
    void theEventOfAnIntakeValidSubmissionIsReviewValid(@ForAll("submissions") SubmissionContent typed) {
        SubmissionContent normalised = typed.normalised();
        if (!intakeValid(Submissions.RULES, normalised, 5)) {
            return;
        }

        InterestSubmitted received = receivedAsPublished(normalised, null);

        SubmissionContent registered = SubmissionContent.of(received);
        assertThat(Submissions.RULES.check(registered)).isEmpty();
        assertThat(registered).isEqualTo(normalised);
        assertThat(registered.contentHash()).isEqualTo(received.contentHash());
        assertThat(registered.normalised()).as("normalising twice changes nothing").isEqualTo(registered);
    }

    /** The same for the partnership programme's call: its rules, its answers, the hash that names the call. */
    @Property(tries = 2000)
    void theEventOfAnIntakeValidPartnershipApplicationIsReviewValid(@ForAll("partnershipApplications") SubmissionContent typed) {
        SubmissionContent normalised = typed.normalised();
        // the partnership answers refuse some more: at least 60 valid applications in 2000
        boolean intakeValid = intakeValid(Submissions.PARTNERSHIP_RULES, normalised, 3);
        assertThat(normalised.normalised()).as("normalising twice changes nothing").isEqualTo(normalised);
        assertThat(Submissions.PARTNERSHIP_RULES.check(normalised)).noneMatch(v -> v.code() == Violation.Code.NOT_NORMALISED);
        if (!intakeValid) {
            return;
        }
        String callId = Submissions.PARTNERSHIP_CALL.id();

        InterestSubmitted received = receivedAsPublished(normalised, callId);

        SubmissionContent registered = SubmissionContent.of(received);
        assertThat(received.callId()).isEqualTo(callId);
        assertThat(Submissions.PARTNERSHIP_RULES.check(registered)).isEmpty();
        assertThat(registered).isEqualTo(normalised);
        assertThat(registered.contentHash(received.callId())).isEqualTo(received.contentHash());
    }

    /**
     * Whether intake's {@code rules} pass {@code normalised}; counted, so that the property fails unless
     * at least {@code minimumPercent} of its tries were intake-valid.
     */
    private static boolean intakeValid(SubmissionRules rules, SubmissionContent normalised, double minimumPercent) {
        boolean intakeValid = rules.isValid(normalised);
        Statistics.collect(intakeValid ? "intake-valid" : "refused by intake");
        Statistics.coverage(coverage -> coverage.check("intake-valid").percentage(p -> p >= minimumPercent));
        return intakeValid;
    }

    /**
     * The event intake publishes for {@code normalised} to the call {@code callId} (null: the default
     * call), as review receives it: written to JSON and read back.
     */
    private static InterestSubmitted receivedAsPublished(SubmissionContent normalised, String callId) {
        String contentHash = normalised.contentHash(callId);
        UUID id = UUID.nameUUIDFromBytes(contentHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        InterestSubmitted published = normalised.toEvent(UUID.randomUUID(), Instant.now(), id, "GEN-7K3Q-9XDA",
                contentHash, callId);
        return JSON.readValue(JSON.writeValueAsBytes(published), InterestSubmitted.class);
    }

    @Property(tries = 1000)
    void normalisingIsIdempotentAndCheckingNeverThrows(@ForAll("submissions") SubmissionContent typed) {
        SubmissionContent once = typed.normalised();

        assertThat(once.normalised()).isEqualTo(once);
        assertThat(Submissions.RULES.check(typed)).isNotNull();
        assertThat(Submissions.RULES.check(once)).noneMatch(v -> v.code() == Violation.Code.NOT_NORMALISED);
    }

    @Provide
    Arbitrary<SubmissionContent> submissions() {
        Arbitrary<Applicant> applicant = Combinators.combine(line(), email(), phone(), line(), language())
                .as(Applicant::new);
        Arbitrary<Municipality> municipality = Combinators.combine(line(), line(), country()).as(Municipality::new);
        Arbitrary<Workshops> workshops = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Workshops::new);
        Arbitrary<Consent> consent = Combinators.combine(
                Arbitraries.frequency(Tuple.of(19, true), Tuple.of(1, false)), noticeVersion()).as(Consent::new);
        return Combinators.combine(applicant, municipality, motivation(), focusAreas(), workshops,
                Arbitraries.of(true, false), Arbitraries.of(true, false), consent).as(SubmissionContent::new);
    }

    @Provide
    Arbitrary<SubmissionContent> partnershipApplications() {
        Arbitrary<Partnership> partnership = Combinators.combine(reference(),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("Uppsala", " Umeå ", "Malmö\u00a0", "")), Tuple.of(2, line()))
                        .injectNull(0.3)).as(Partnership::new)
                .injectNull(0.02);
        Arbitrary<Workshops> workshops = Arbitraries.frequency(Tuple.of(19, new Workshops(false, false)),
                Tuple.of(1, new Workshops(true, false)));
        return Combinators.combine(submissions(), partnership, workshops)
                .as((s, p, w) -> new SubmissionContent(s.applicant(), s.municipality(), s.motivation(), s.focusAreas(), w,
                        true, s.mentorshipInterest(), s.consent(), p));
    }

    /** References as issued, in small letters, with spaces around, malformed, with look-alike letters or nasty characters. */
    private static Arbitrary<String> reference() {
        Arbitrary<String> crockford = Arbitraries.strings().withChars("0123456789ABCDEFGHJKMNPQRSTVWXYZ").ofLength(4);
        Arbitrary<String> issued = Combinators.combine(crockford, crockford).as((a, b) -> "GEN-" + a + "-" + b);
        Arbitrary<String> odd = Arbitraries.of("GEN-7K3Q", "GEN-7K3O-9XDA", "GEN 7K3Q 9XDA", "", "gen-7k3q-9xdi",
                "GEN-7K3Q-9XDİ", "gen-7k3q-9xdı", "GEN-7K3Q-9XDA​", "i̇");
        Arbitrary<String> small = issued.map(r -> r.toLowerCase(java.util.Locale.ROOT));
        return surrounded(Arbitraries.frequencyOf(Tuple.of(10, issued), Tuple.of(3, small), Tuple.of(2, odd)))
                .injectNull(0.02);
    }

    /** Mostly plausible text, with lengths near the limits and nasty characters mixed in. */
    private static Arbitrary<String> line() {
        Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().withChars(" .-'áéñü").ofMinLength(0).ofMaxLength(40);
        Arbitrary<String> boundary = Arbitraries.of(1, 2, 3, 119, 120, 121)
                .flatMap(n -> Arbitraries.strings().withCharRange('a', 'z').ofLength(n));
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(6);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(10, plain), Tuple.of(3, boundary), Tuple.of(3, Arbitraries.of(NASTY)), Tuple.of(1, anything));
        Arbitrary<String> core = Arbitraries.frequencyOf(
                Tuple.of(12, plain.filter(s -> s.strip().length() >= 2)), Tuple.of(3, piece.list().ofMinSize(1).ofMaxSize(3)
                        .map(pieces -> String.join("", pieces))));
        return surrounded(core).injectNull(0.01);
    }

    private static Arbitrary<String> motivation() {
        Arbitrary<String> sized = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(50, 51, 120, 3999, 4000)),
                        Tuple.of(1, Arbitraries.of(0, 42, 49, 4001)))
                .flatMap(n -> Arbitraries.strings().withCharRange('a', 'z').withChars('x', ' ', '\n', '\t', 'é')
                        .ofMinLength(1).ofMaxLength(40).map(base -> ofLength("m" + base, n)));
        Arbitrary<String> mixed = Combinators.combine(sized, Arbitraries.of(NASTY), sized)
                .as((a, nasty, b) -> a + nasty + b);
        return surrounded(Arbitraries.frequencyOf(Tuple.of(8, sized), Tuple.of(2, mixed))).injectNull(0.01);
    }

    /** {@code base} repeated to exactly {@code length} characters (cheaper than generating thousands one by one). */
    private static String ofLength(String base, int length) {
        return base.repeat(length / base.length() + 1).substring(0, length);
    }

    private static Arbitrary<String> email() {
        Arbitrary<String> atom = Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789!#$%&'*+/=?^_`{|}~-")
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withChars('7').ofMinLength(1).ofMaxLength(12)
                .flatMap(l -> Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(l)), Tuple.of(1, Arbitraries.of("-" + l, l + "-x", l + "-"))));
        Arbitrary<String> built = Combinators.combine(atom.list().ofMinSize(1).ofMaxSize(3), label.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(4).filter(tld -> tld.length() > 1))
                .as((local, domain, tld) -> String.join(".", local) + "@" + String.join(".", domain) + "." + tld);
        Arbitrary<String> odd = Arbitraries.of("ana@alcaldia", "\"quoted\"@example.org", "a@b.co", "maría@example.org",
                "ana@alcaldía.gov.co", "a..b@x.org", "a@x..org", "ana@[192.0.2.1]", "a".repeat(64) + "@" + "d".repeat(63) + "."
                        + "e".repeat(63) + "." + "f".repeat(57) + ".org");
        Arbitrary<String> withNasty = Combinators.combine(built, Arbitraries.of(NASTY)).as((e, nasty) -> e.replaceFirst("@", nasty + "@"));
        return surrounded(Arbitraries.frequencyOf(Tuple.of(12, built), Tuple.of(1, odd), Tuple.of(1, withNasty)));
    }

    private static Arbitrary<String> phone() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789+() .-").ofMinLength(0).ofMaxLength(34);
        return surrounded(Arbitraries.frequencyOf(Tuple.of(8, digits), Tuple.of(2, Arbitraries.of(NASTY)))).injectNull(0.3);
    }

    private static Arbitrary<String> language() {
        return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of("es", "en", "sv", "", " sv ")),
                Tuple.of(1, Arbitraries.of("fr", "ES"))).injectNull(0.2);
    }

    private static Arbitrary<String> country() {
        return Arbitraries.frequencyOf(Tuple.of(16, Arbitraries.of("GT", "CO", " GT\u00a0")),
                Tuple.of(1, Arbitraries.of("SE", "gt", "G\u200bT", "")));
    }

    private static Arbitrary<String> noticeVersion() {
        return Arbitraries.frequencyOf(Tuple.of(16, Arbitraries.of("2024-01", " 2024-01\t")),
                Tuple.of(1, Arbitraries.of("2023-01", "", "2024-01\u200b", "2024\u201101")));
    }

    private static Arbitrary<List<String>> focusAreas() {
        Arbitrary<String> area = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.of(FocusArea.class).map(Enum::name)), Tuple.of(1, Arbitraries.of("KNITTING")));
        return Arbitraries.frequencyOf(Tuple.of(9, area.list().uniqueElements().ofMinSize(1).ofMaxSize(4)),
                Tuple.of(1, area.list().ofMinSize(0).ofMaxSize(4)));
    }

    private static Arbitrary<String> surrounded(Arbitrary<String> core) {
        Arbitrary<String> spaces = Arbitraries.of("", "", "", " ", "   ", "\t", "\u00a0", "\u2003 ", "\n");
        return Combinators.combine(spaces, core, spaces).as((before, value, after) -> before + value + after);
    }
}
