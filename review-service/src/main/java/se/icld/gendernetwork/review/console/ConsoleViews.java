package se.icld.gendernetwork.review.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import se.icld.gendernetwork.review.application.Applicant;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Claim;
import se.icld.gendernetwork.review.application.Eligibility;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.application.Interest;
import se.icld.gendernetwork.review.application.Municipality;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.web.pages.PageFormats;

/** What the console's templates show, already formatted for the reader's language. */
public final class ConsoleViews {

    private ConsoleViews() {
    }

    /** How many characters of the motivation the queue shows. */
    static final int PREVIEW = 140;

    /**
     * One row of the queue. {@code preview}: the motivation's first {@value #PREVIEW} characters
     * (cut at a word where one ends near there, "…" when cut), in {@code language}, the applicant's;
     * {@code average} the mean score of the reviews ("—" without), {@code reviews} how many;
     * {@code decidable}: a bulk decision can take it in its status (RECEIVED and IN_REVIEW, claimed
     * first where needed; WAITLISTED → ACCEPTED).
     */
    public record QueueRow(String id, String reference, String applicant, String municipality, String country,
            Status status, String submittedAt, String age, String claimedBy, String claimedUntil, String preview,
            String language, String average, int reviews, boolean decidable, String call) {

        /** {@code call}: the title of the application's call in the reader's language. */
        static QueueRow of(Application a, Instant now, ConsoleTime time, String call) {
            Claim claim = activeClaim(a, now);
            Double average = a.reviewAverage();
            return new QueueRow(a.id(), a.reference(), a.applicant().fullName(), a.municipality().name(),
                    a.municipality().country(), a.status(), time.format(a.submittedAt()),
                    PageFormats.age(a.submittedAt(), now), claim == null ? null : claim.reviewer(),
                    claim == null ? null : time.format(claim.until()), ConsoleViews.preview(a.motivation()), a.applicant().language(),
                    ConsolePanel.number(average == null ? null : java.math.BigDecimal.valueOf(average), time.locale()),
                    a.reviews().size(), !a.erased() && (a.status() == Status.RECEIVED || a.status() == Status.IN_REVIEW
                            || a.status() == Status.WAITLISTED), call);
        }
    }

    /** The start of {@code text}: at most {@value #PREVIEW} characters, whole words where possible, "…" when cut. */
    static String preview(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= PREVIEW) {
            return flat;
        }
        int cut = PREVIEW;
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        int space = flat.lastIndexOf(' ', cut);
        if (space > PREVIEW - 30) {
            cut = space;
        }
        return flat.substring(0, cut).strip() + "…";
    }

    public record HistoryRow(String at, String action, Status status, String by, String detail, boolean email) {
    }

    public record NoteRow(String at, String by, String text) {
    }

    /**
     * One application for a reviewer; the flags say which forms the reader may use now: claim (nobody
     * holds a live claim, the status allows one, the reader is not conflicted), decide and ask (the
     * reader holds the claim; a decided application only WAITLISTED → ACCEPTED). The workflow still
     * decides: a form shown to a reviewer who lost the race is answered with a clear 409.
     */
    public record Detail(String id, String reference, Status status, Applicant applicant, Municipality municipality,
            String motivation, Interest interest, String submittedAt, String age, String claimedBy,
            String claimedUntil, boolean claimedByMe, boolean canClaim, boolean canDecide, boolean canRequestInformation,
            List<Status> outcomes, String decisionMessage, List<HistoryRow> history, List<NoteRow> notes,
            String pendingEmail, String erasedAt) {

        static Detail of(Application a, String me, Instant now, ConsoleTime time, MessageSource messages) {
            Locale locale = time.locale();
            Claim claim = activeClaim(a, now);
            boolean mine = claim != null && claim.reviewer().equals(me);
            Status s = a.status();
            // An erased application is a skeleton: nothing can be done to it any more.
            boolean open = !a.erased();
            boolean claimable = open && (s.undecided() || s == Status.WAITLISTED);
            List<Status> outcomes = s == Status.WAITLISTED ? List.of(Status.ACCEPTED)
                    : List.of(Status.ACCEPTED, Status.WAITLISTED, Status.REJECTED);
            List<HistoryRow> history = new ArrayList<>();
            for (HistoryEntry h : a.history()) {
                boolean email = h.action().email();
                history.add(new HistoryRow(time.format(h.at()),
                        messages.getMessage("history." + h.action().name(), null, h.action().name(), locale), h.status(),
                        messages.getMessage("by." + h.by(), null, h.by(), locale),
                        h.action() == HistoryAction.CORRECTED ? correctedFields(h.detail(), locale, messages)
                                : h.action() == HistoryAction.ERASED
                                        ? messages.getMessage("erasure.onRequestOf." + h.detail(), null, h.detail(), locale)
                                        : email ? emailDetail(h.detail(), locale, messages) : h.detail(),
                        email));
            }
            List<NoteRow> notes = a.notes().stream()
                    .map(n -> new NoteRow(time.format(n.at()), n.by(), n.text()))
                    .toList();
            boolean conflicted = a.conflictedWith(me);
            // Actions only where the workflow allows them for this reader: a claim when nobody holds a
            // live one; deciding and asking only for the claim's holder; nothing for the conflicted.
            boolean acting = open && !conflicted;
            return new Detail(a.id(), a.reference(), s, a.applicant(), a.municipality(), a.motivation(),
                    a.interest(), time.format(a.submittedAt()), PageFormats.age(a.submittedAt(), now),
                    claim == null ? null : claim.reviewer(),
                    claim == null ? null : time.format(claim.until()), mine,
                    acting && claimable && claim == null,
                    acting && mine && (s == Status.IN_REVIEW || s == Status.WAITLISTED),
                    acting && mine && s == Status.IN_REVIEW,
                    outcomes, a.decision() == null ? null : a.decision().message(), history, notes,
                    a.pendingEmail() == null ? null : a.pendingEmail().address(),
                    a.erased() ? time.format(a.erasure().at()) : null);
        }
    }

    private static final java.util.regex.Pattern EMAIL_DETAIL =
            java.util.regex.Pattern.compile("([a-z-]+) \\(([a-z]{2})\\)(.*)", java.util.regex.Pattern.DOTALL);

    /**
     * A delivery report's detail ({@code decision-waitlisted (es)}, then a failure's reason) in the
     * reader's words: "Decision: waitlisted (Español)". Anything else is shown as it is.
     */
    static String emailDetail(String detail, Locale locale, MessageSource messages) {
        java.util.regex.Matcher m = detail == null ? null : EMAIL_DETAIL.matcher(detail);
        if (m == null || !m.matches()) {
            return detail;
        }
        return messages.getMessage("template." + m.group(1), null, m.group(1), locale) + " ("
                + messages.getMessage("language." + m.group(2), null, m.group(2), locale) + ")" + m.group(3);
    }

    /**
     * A correction's detail (the changed fields' paths, {@code applicant.position,motivation}) in the
     * reader's words: "Changed: Position, Motivation". The page shows the values as they are now. A
     * new email address ({@code pendingEmail}; {@code applicant.email} in entries written before that
     * name) was only requested then: "Email (new address requested, used once confirmed)".
     */
    static String correctedFields(String fields, Locale locale, MessageSource messages) {
        if (fields == null || fields.isBlank()) {
            return fields;
        }
        List<String> names = new ArrayList<>();
        for (String field : fields.split(",")) {
            String key = switch (field) {
                case "applicant.fullName" -> "detail.name";
                case "pendingEmail", "applicant.email" -> "detail.email.requested";
                case "applicant.phone" -> "detail.phone";
                case "applicant.position" -> "detail.position";
                case "motivation" -> "detail.motivation";
                case "focusAreas" -> "detail.focusAreas";
                default -> null;
            };
            names.add(key == null ? field : messages.getMessage(key, null, field, locale));
        }
        return messages.getMessage("detail.history.corrected", new Object[] {String.join(", ", names)}, locale);
    }

    /**
     * A partnership application's eligibility in the reader's words: {@code verdict} (why not, naming the
     * network application and its status), {@code warnings} (what differs from it), {@code link} the
     * network application's page (null when none was found), {@code eligible} whether it may be accepted.
     */
    public record EligibilityView(boolean eligible, String verdict, List<String> warnings, String link) {

        static EligibilityView of(Application a, Eligibility e, MessageSource messages, Locale locale) {
            List<String> warnings = new ArrayList<>();
            for (Eligibility.Warning w : e.warnings()) {
                Municipality mine = a.municipality();
                Municipality theirs = e.earlierMunicipality();
                Object[] args = w == Eligibility.Warning.MUNICIPALITY_DIFFERS
                        ? new Object[] {mine.name(), theirs.name()}
                        : new Object[] {country(mine.country(), messages, locale), country(theirs.country(), messages, locale)};
                warnings.add(messages.getMessage("eligibility.warning." + w.name(), args, locale));
            }
            return new EligibilityView(e.eligible(), eligibilityReason(e, messages, locale), warnings,
                    e.earlierId() == null ? null : "/console/applications/" + e.earlierId());
        }

        private static String country(String code, MessageSource messages, Locale locale) {
            return code == null ? "—" : messages.getMessage("country." + code, null, code, locale);
        }
    }

    /** Why a partnership application is (not) eligible, in the reader's words. */
    static String eligibilityReason(Eligibility e, MessageSource messages, Locale locale) {
        String status = e.earlierStatus() == null ? "—" : messages.getMessage("state." + e.earlierStatus().name(), null, locale);
        return messages.getMessage("eligibility." + e.verdict().name(), new Object[] {e.earlierReference(), status}, locale);
    }

    static Claim activeClaim(Application a, Instant now) {
        return a.claim() != null && a.claim().activeAt(now) ? a.claim() : null;
    }
}
