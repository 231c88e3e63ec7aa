package se.icld.gendernetwork.review.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.contracts.review.ApplicationEvent.Envelope;
import se.icld.gendernetwork.contracts.review.ApplicationEvent.MunicipalityRef;
import se.icld.gendernetwork.contracts.review.ApplicationEvent.Recipient;
import se.icld.gendernetwork.contracts.review.ApplicationErased;
import se.icld.gendernetwork.contracts.review.ApplicationRegistered;
import se.icld.gendernetwork.contracts.review.ApplicationWithdrawn;
import se.icld.gendernetwork.contracts.review.DecisionMade;
import se.icld.gendernetwork.contracts.review.EmailChangeRequested;
import se.icld.gendernetwork.contracts.review.ErasureRequested;
import se.icld.gendernetwork.contracts.review.InformationRequested;
import se.icld.gendernetwork.contracts.review.MentorAssigned;

/**
 * An expression of interest under review: the workflow's state machine. Every method checks the
 * transition, changes the state and records what changed (history, notes, the event announcing
 * it) as pending; {@link Applications} writes the whole change, event included, in one
 * single-document update guarded by {@link #version()}.
 */
public class Application {

    public static final String APPLICANT = "applicant";

    /**
     * Bounds that keep a document far below MongoDB's 16 MB: at most this many history entries from
     * changes (each text at most 4,000 characters); a change beyond it is refused
     * ({@code limit-reached}). Email delivery entries may add {@link #MAX_DELIVERY_ENTRIES} more.
     */
    public static final int MAX_HISTORY = 400;
    public static final int MAX_DELIVERY_ENTRIES = 100;
    /** At most this many notes (each at most 4,000 characters). */
    public static final int MAX_NOTES = 200;
    /** The most reviewers one application is assigned to. */
    public static final int MAX_ASSIGNEES = 20;

    private String id;
    private String reference;
    // The call it was submitted to (intake's decision, in the event); documents from before calls: none, the default call.
    private String callId;
    private Status status;
    private Applicant applicant;
    private Municipality municipality;
    private String motivation;
    private Interest interest;
    private String contentHash;
    private Instant submittedAt;
    private Instant updatedAt;
    private Claim claim;
    private Decision decision;
    private PendingEmail pendingEmail;
    private Erasure erasure;
    private PendingErasure pendingErasure;
    /** The latest decision while its event may still be held (its grace period), or null. */
    private DecisionHold decisionHold;
    private List<HistoryEntry> history = new ArrayList<>();
    private List<Note> notes = new ArrayList<>();
    private List<OutboxEntry> outbox = new ArrayList<>();
    // Documents written before reviews existed lack these lists: the store then leaves these empty ones.
    private List<Review> reviews = new ArrayList<>();
    private List<Review> supersededReviews = new ArrayList<>();
    private List<Conflict> conflicts = new ArrayList<>();
    // The reviewers an admin asked to review this application (usernames, in the order given).
    private List<String> assignees = new ArrayList<>();
    // An application to the partnership programme: its answers and the network application it named (else null).
    private Partnership partnership;
    // The mentor an admin recorded for an accepted partnership, or null.
    private Mentor mentor;
    private long version;

    private final transient List<HistoryEntry> newHistory = new ArrayList<>();
    private final transient List<Note> newNotes = new ArrayList<>();
    private final transient List<ApplicationEvent> newEvents = new ArrayList<>();
    private final transient List<Review> newSuperseded = new ArrayList<>();
    private final transient List<String> takenBackEvents = new ArrayList<>();

    protected Application() {
    }

    /** A new application, RECEIVED, announcing itself with {@link ApplicationRegistered}. */
    public static Application register(InterestSubmitted submitted, Instant now) {
        return register(submitted, null, now);
    }

    /**
     * A new application, RECEIVED, announcing itself with {@link ApplicationRegistered}; one with
     * partnership answers keeps them, linked to {@code earlierApplicationId}, the application its
     * network reference named (null: none was found; it is registered all the same, flagged).
     */
    public static Application register(InterestSubmitted submitted, String earlierApplicationId, Instant now) {
        Application a = new Application();
        var p = submitted.partnership();
        a.partnership = p == null ? null
                : new Partnership(p.networkReference(), p.swedishMunicipality(), earlierApplicationId);
        a.id = submitted.submissionId().toString();
        a.reference = submitted.reference();
        a.callId = submitted.callId();
        a.status = Status.RECEIVED;
        var ap = submitted.applicant();
        a.applicant = new Applicant(ap.fullName(), ap.email(), ap.phone(), ap.position(), ap.preferredLanguage());
        var m = submitted.municipality();
        a.municipality = new Municipality(m.name(), m.region(), m.country());
        a.motivation = submitted.motivation();
        a.interest = new Interest(List.copyOf(submitted.focusAreas()), submitted.workshops().local(),
                submitted.workshops().sweden(), submitted.partnershipInterest(), submitted.mentorshipInterest(),
                submitted.consent().noticeVersion());
        a.contentHash = submitted.contentHash();
        a.submittedAt = submitted.occurredAt();
        a.record(HistoryEntry.of(HistoryAction.REGISTERED, Status.RECEIVED, now, "system", null), now);
        a.announce(new ApplicationRegistered(a.envelope(a.nextEventId("ApplicationRegistered"), now), a.callId()));
        return a;
    }

    /** Take (or renew) the lease; a first claim moves RECEIVED to IN_REVIEW. */
    public void claim(String reviewer, Instant now, Duration lease) {
        requireRoom();
        requireNoConflict(reviewer, "claim");
        if (!(status.undecided() || status == Status.WAITLISTED)) {
            throw WorkflowException.illegal(status, "claim");
        }
        if (claim != null && claim.activeAt(now) && !claim.reviewer().equals(reviewer)) {
            throw new WorkflowException(WorkflowCode.CLAIMED, "the application is claimed by another reviewer until " + claim.until());
        }
        claim = new Claim(reviewer, now, now.plus(lease));
        Status next = status == Status.RECEIVED ? Status.IN_REVIEW : status;
        status = next;
        record(HistoryEntry.of(HistoryAction.CLAIMED, next, now, reviewer, null), now);
    }

    /** Give the application back to the queue. */
    public void release(String reviewer, Instant now) {
        requireRoom();
        requireClaim(reviewer, now, "release");
        claim = null;
        record(HistoryEntry.of(HistoryAction.RELEASED, status, now, reviewer, null), now);
    }

    /** ACCEPTED, WAITLISTED or REJECTED from IN_REVIEW; WAITLISTED may later become ACCEPTED. Announced at once. */
    public void decide(String reviewer, Status outcome, String message, Instant now) {
        decide(reviewer, outcome, message, now, Duration.ZERO);
    }

    /**
     * ACCEPTED, WAITLISTED or REJECTED from IN_REVIEW; WAITLISTED may later become ACCEPTED. With a
     * positive {@code grace}, the {@link DecisionMade} event (and so the applicant's email) is held
     * until {@code now + grace}, and until then the decision can be taken back
     * ({@link #takeBackDecision}); with zero it is announced at once, as without a grace period.
     */
    public void decide(String reviewer, Status outcome, String message, Instant now, Duration grace) {
        decide(reviewer, outcome, message, now, grace, null);
    }

    /**
     * As {@link #decide(String, Status, String, Instant, Duration)}, for a partnership application with its
     * {@code eligibility} as it stands now: ACCEPTED is refused ({@code not-eligible}) unless it is eligible
     * (no eligibility given counts as not eligible); WAITLISTED and REJECTED stay possible. A network
     * application ignores {@code eligibility}.
     */
    public void decide(String reviewer, Status outcome, String message, Instant now, Duration grace,
            Eligibility eligibility) {
        requireRoom();
        if (!Status.OUTCOMES.contains(outcome)) {
            throw new WorkflowException(WorkflowCode.INVALID_OUTCOME, "the outcome must be ACCEPTED, WAITLISTED or REJECTED");
        }
        requireNoConflict(reviewer, "decide");
        boolean legal = status == Status.IN_REVIEW || (status == Status.WAITLISTED && outcome == Status.ACCEPTED);
        if (!legal) {
            throw WorkflowException.illegal(status, "decide " + outcome + " on");
        }
        requireClaim(reviewer, now, "decide");
        if (outcome == Status.ACCEPTED && partnership != null && (eligibility == null || !eligibility.eligible())) {
            throw eligibility == null ? new WorkflowException(WorkflowCode.NOT_ELIGIBLE,
                    "a partnership application is accepted only when its network application is accepted")
                    : eligibility.refusal();
        }
        Status before = status;
        Decision decisionBefore = decision;
        status = outcome;
        claim = null;
        decision = new Decision(outcome, message, reviewer, now);
        // The message is kept with the decision it came with, so a later decision (WAITLISTED, then
        // ACCEPTED) leaves the first one's message readable on the applicant's status page.
        record(HistoryEntry.of(HistoryAction.DECIDED, outcome, now, reviewer, message), now);
        UUID eventId = nextEventId("DecisionMade", outcome.name(), message);
        decisionHold = grace == null || grace.isZero() || grace.isNegative() ? null
                : new DecisionHold(eventId.toString(), now.plus(grace), before, decisionBefore);
        announce(new DecisionMade(envelope(eventId, now), outcome.name(), message, callId()));
    }

    /**
     * Until when the latest decision can still be taken back at {@code now}, or null when it cannot:
     * there is a grace period running and the decision's event is still waiting in the outbox.
     */
    public Instant takeBackUntil(Instant now) {
        if (decisionHold == null || !now.isBefore(decisionHold.until()) || !Status.OUTCOMES.contains(status)
                || outbox.stream().noneMatch(e -> e.eventId().equals(decisionHold.eventId()))) {
            return null;
        }
        return decisionHold.until();
    }

    /**
     * Takes the latest decision back, within its grace period and while its event is still held in
     * the outbox (never published): by the reviewer who decided it, or an admin. The application
     * returns to what it was before (IN_REVIEW, or WAITLISTED with that decision, for an acceptance
     * of a waitlisted one), claimed again by the reviewer who decided for {@code lease}; the held
     * event is removed from the outbox, so no email goes out; a {@code DECISION_TAKEN_BACK} history
     * entry records who took it back (detail: the outcome taken back).
     *
     * @throws WorkflowException {@code grace-period-over} once the grace period ended or the event was
     *         published (or there was none), {@code not-the-decider} (403) for another reviewer,
     *         {@code illegal-transition} when there is no decision
     */
    public void takeBackDecision(String by, boolean admin, Instant now, Duration lease) {
        requireRoom();
        if (decision == null || !Status.OUTCOMES.contains(status)) {
            throw WorkflowException.illegal(status, "take back a decision on");
        }
        if (!admin && !decision.by().equals(by)) {
            throw new WorkflowException(WorkflowCode.NOT_THE_DECIDER,
                    "only the reviewer who decided, or an admin, can take the decision back");
        }
        if (takeBackUntil(now) == null) {
            throw new WorkflowException(WorkflowCode.GRACE_PERIOD_OVER,
                    "the decision can no longer be taken back: its grace period is over and its email is on its way");
        }
        Status outcome = status;
        String decider = decision.by();
        String eventId = decisionHold.eventId();
        status = decisionHold.previousStatus();
        decision = decisionHold.previousDecision();
        claim = new Claim(decider, now, now.plus(lease));
        decisionHold = null;
        outbox.removeIf(e -> e.eventId().equals(eventId));
        takenBackEvents().add(eventId);
        record(HistoryEntry.of(HistoryAction.DECISION_TAKEN_BACK, status, now, by, outcome.name()), now);
    }

    /** Ask the applicant for more: IN_REVIEW → INFO_REQUESTED. */
    public void requestInformation(String reviewer, String message, Instant now) {
        requireRoom();
        requireNoConflict(reviewer, "request information on");
        if (status != Status.IN_REVIEW) {
            throw WorkflowException.illegal(status, "request information on");
        }
        requireClaim(reviewer, now, "request information on");
        status = Status.INFO_REQUESTED;
        record(HistoryEntry.of(HistoryAction.INFO_REQUESTED, status, now, reviewer, message), now);
        announce(new InformationRequested(envelope(nextEventId("InformationRequested", message), now), message, callId()));
    }

    /** The applicant's answer: INFO_REQUESTED → IN_REVIEW. */
    public void provideInformation(String answer, Instant now) {
        requireRoom();
        if (status != Status.INFO_REQUESTED) {
            throw WorkflowException.illegal(status, "answer an information request on");
        }
        status = Status.IN_REVIEW;
        record(HistoryEntry.of(HistoryAction.INFO_PROVIDED, status, now, APPLICANT, answer), now);
    }

    /** The applicant withdraws, only before a decision. */
    public void withdraw(Instant now) {
        requireRoom();
        if (!status.undecided()) {
            throw WorkflowException.illegal(status, "withdraw");
        }
        status = Status.WITHDRAWN;
        claim = null;
        record(HistoryEntry.of(HistoryAction.WITHDRAWN, status, now, APPLICANT, null), now);
        announce(new ApplicationWithdrawn(envelope(nextEventId("ApplicationWithdrawn"), now), callId()));
    }

    /**
     * The applicant corrects their application, only while it is RECEIVED and nobody holds it.
     * Returns the fields that changed, in {@link Correction#FIELDS} order; none changed, nothing is
     * recorded. A new email address is not used yet: it waits, with {@code confirmation}'s code hash,
     * until the applicant confirms it from the email {@link EmailChangeRequested} sends to it;
     * every other field changes at once. One history entry names the changed fields, a new address
     * as {@link Correction#PENDING_EMAIL} (requested, not changed yet).
     */
    public List<String> correct(Correction correction, EmailConfirmation confirmation, Instant now) {
        requireRoom();
        if (status != Status.RECEIVED || (claim != null && claim.activeAt(now))) {
            throw new WorkflowException(WorkflowCode.ILLEGAL_TRANSITION,
                    "an application can be corrected only while it is RECEIVED and no reviewer has claimed it; it is " + status);
        }
        List<String> changed = correction.changedFrom(applicant, motivation, interest.focusAreas());
        boolean newAddress = changed.contains(Correction.EMAIL)
                // asked for already, and its link still works: nothing new
                && !(pendingEmail != null && pendingEmail.address().equals(correction.email()) && !pendingEmail.expiredAt(now));
        if (!newAddress) {
            changed = changed.stream().filter(field -> !field.equals(Correction.EMAIL)).toList();
        }
        if (changed.isEmpty()) {
            return List.of();
        }
        String phone = correction.phone() == null ? applicant.phone()
                : correction.phone().isEmpty() ? null : correction.phone();
        applicant = new Applicant(orElse(correction.fullName(), applicant.fullName()), applicant.email(), phone,
                orElse(correction.position(), applicant.position()), applicant.language());
        motivation = orElse(correction.motivation(), motivation);
        if (correction.focusAreas() != null) {
            interest = new Interest(correction.focusAreas(), interest.localWorkshop(), interest.swedenWorkshop(),
                    interest.partnership(), interest.mentorship(), interest.consentNoticeVersion());
        }
        List<String> recorded = changed.stream().map(field -> field.equals(Correction.EMAIL) ? Correction.PENDING_EMAIL : field)
                .toList();
        record(HistoryEntry.of(HistoryAction.CORRECTED, status, now, APPLICANT, String.join(",", recorded)), now);
        if (newAddress) {
            pendingEmail = new PendingEmail(correction.email(), confirmation.codeHash(), now, confirmation.expiresAt());
            announce(new EmailChangeRequested(envelope(nextEventId("EmailChangeRequested", correction.email()), now,
                    new Recipient(applicant.fullName(), correction.email(), applicant.language())),
                    confirmation.link(), confirmation.expiresAt(), callId()));
        }
        return List.copyOf(changed);
    }

    /**
     * The applicant opened the confirmation link of a new email address: with the right code
     * ({@code codeHash}, compared in constant time) before it expires, the address becomes the
     * application's, in whatever status it is now. The code works once.
     */
    public ConfirmationOutcome confirmEmail(String codeHash, Instant now) {
        if (erasure != null || pendingEmail == null || codeHash == null || !pendingEmail.hasCode(codeHash)) {
            return ConfirmationOutcome.UNKNOWN;
        }
        if (pendingEmail.expiredAt(now)) {
            return ConfirmationOutcome.EXPIRED;
        }
        requireRoom();
        applicant = new Applicant(applicant.fullName(), pendingEmail.address(), applicant.phone(), applicant.position(),
                applicant.language());
        pendingEmail = null;
        record(HistoryEntry.of(HistoryAction.EMAIL_CONFIRMED, status, now, APPLICANT, null), now);
        return ConfirmationOutcome.CONFIRMED;
    }

    /**
     * Erases the applicant's personal data, in any status: name, email, phone, position, the
     * motivation, a pending address, the messages exchanged (questions, answers, the decision's
     * message), the reviewers' notes, review comments and conflict reasons, and every event not
     * relayed yet (they carry the recipient).
     * What stays is the anonymised skeleton statistics need: reference, status and outcome, dates,
     * country, municipality and department, focus areas and the interest flags, the consent's notice
     * version, the history's actions and times, and the content hash (a SHA-256 of the whole
     * submission, which a replayed submission is matched by and which reveals nothing by itself).
     * An {@code ERASED} entry records who did it and on whose request, and {@link ApplicationErased}
     * (no personal data) tells the other services to erase their copies. Nothing can change an erased
     * application afterwards. Returns false, and records nothing, when it was erased already.
     */
    public boolean erase(String by, Erasure.Requester onRequestOf, Instant now) {
        if (erasure != null) {
            return false;
        }
        erasure = new Erasure(now, by, onRequestOf);
        applicant = new Applicant(null, null, null, null, applicant == null ? null : applicant.language());
        motivation = null;
        pendingEmail = null;
        pendingErasure = null;
        decisionHold = null;
        claim = null;
        // The mentor is another person, recorded only for this partnership: nothing to keep once it is erased.
        mentor = null;
        if (decision != null) {
            decision = new Decision(decision.outcome(), null, decision.by(), decision.at());
        }
        history.replaceAll(h -> h.action() == HistoryAction.CORRECTED || h.action().email() ? h
                : new HistoryEntry(h.action(), h.status(), h.at(), h.by(), null, h.sourceEventId()));
        notes.clear();
        // The reviewers' words go too (a comment, a conflict's reason may speak of the person); the
        // scores and recommendations stay, as the panel's figures.
        reviews.replaceAll(r -> new Review(r.by(), r.scores(), r.recommendation(), null, r.at()));
        supersededReviews.replaceAll(r -> new Review(r.by(), r.scores(), r.recommendation(), null, r.at()));
        conflicts.replaceAll(c -> new Conflict(c.reviewer(), null, c.declaredBy(), c.at()));
        outbox.clear();
        newHistory().clear();
        newNotes().clear();
        newEvents().clear();
        record(HistoryEntry.of(HistoryAction.ERASED, status, now, by, onRequestOf.name()), now);
        announce(new ApplicationErased(nextEventId("ApplicationErased"), now, uuid(), reference, municipalityRef()));
        return true;
    }

    /**
     * The applicant asks, from the status page, for their data to be erased: nothing is erased until
     * they confirm from the application's address ({@link ErasureRequested} sends it the link with
     * {@code confirmation}'s code), so that someone else holding the status link cannot erase it. A
     * new request replaces an earlier one (its link stops working). In any status.
     */
    public void requestErasure(EmailConfirmation confirmation, Instant now) {
        requireRoom();
        pendingErasure = new PendingErasure(confirmation.codeHash(), now, confirmation.expiresAt());
        record(HistoryEntry.of(HistoryAction.ERASURE_REQUESTED, status, now, APPLICANT, null), now);
        announce(new ErasureRequested(envelope(nextEventId("ErasureRequested", confirmation.codeHash()), now),
                confirmation.link(), confirmation.expiresAt(), callId()));
    }

    /** What the code of an erasure request's link would do now: confirm it, or nothing (unknown or expired). */
    public ConfirmationOutcome erasureConfirmation(String codeHash, Instant now) {
        if (erasure != null || pendingErasure == null || codeHash == null || !pendingErasure.hasCode(codeHash)) {
            return ConfirmationOutcome.UNKNOWN;
        }
        return pendingErasure.expiredAt(now) ? ConfirmationOutcome.EXPIRED : ConfirmationOutcome.CONFIRMED;
    }

    /** The applicant's erasure request waiting for its confirmation, or null. */
    public PendingErasure pendingErasure() {
        return pendingErasure;
    }

    /** Whether the personal data was erased (then nothing changes it any more). */
    public boolean erased() {
        return erasure != null;
    }

    /** When, by whom and on whose request the personal data was erased, or null. */
    public Erasure erasure() {
        return erasure;
    }

    private void requireNotErased() {
        if (erasure != null) {
            throw new WorkflowException(WorkflowCode.ILLEGAL_TRANSITION, "the application's personal data was erased; it cannot change");
        }
    }

    /**
     * A reviewer's review against the call's {@code criteria} (their ids, in order), while the
     * application is undecided; no claim needed, as a panel reviews side by side. One review per
     * reviewer: a new one replaces theirs, which is kept in {@link #supersededReviews()} (with its
     * scores and comment, which a history line could not hold without showing them to reviewers who
     * may not see them yet). Each review adds a {@code REVIEWED} history entry (who, when; no detail).
     *
     * @throws InvalidReviewException when the submission breaks a rule of {@link ReviewSubmission}
     */
    public Review review(String reviewer, ReviewSubmission submission, List<String> criteria, Instant now) {
        requireRoom();
        requireNoConflict(reviewer, "review");
        if (!status.undecided()) {
            throw WorkflowException.illegal(status, "review");
        }
        List<ReviewProblem> problems = submission.problems(criteria);
        if (!problems.isEmpty()) {
            throw new InvalidReviewException(problems);
        }
        Review review = submission.toReview(reviewer, now);
        supersede(reviewer);
        reviews.add(review);
        record(HistoryEntry.of(HistoryAction.REVIEWED, status, now, reviewer, null), now);
        return review;
    }

    /**
     * The mean of every score of the current reviews (a replaced or conflicted reviewer's review does
     * not count), null without a review. Stored with every change as {@code reviewAverage}, the
     * queue's order by score.
     */
    public Double reviewAverage() {
        long sum = 0;
        long count = 0;
        for (Review r : reviews) {
            for (Integer score : r.scores().values()) {
                if (score != null) {
                    sum += score;
                    count++;
                }
            }
        }
        return count == 0 ? null : (double) sum / count;
    }

    /**
     * The reviews {@code reader} may see: all of them, unless {@code blindUntilOwn} and the reader has
     * not reviewed the application yet; then none (their own does not exist yet).
     */
    public List<Review> reviewsVisibleTo(String reader, boolean blindUntilOwn) {
        if (blindUntilOwn && reviews.stream().noneMatch(r -> r.by().equals(reader))) {
            return List.of();
        }
        return reviews();
    }

    /**
     * {@code reviewer} has a conflict of interest with this application, declared by {@code declaredBy}
     * (themselves or an admin), in any status. From now on they may not review, claim, decide or ask
     * the applicant anything ({@code conflict-of-interest}); a claim of theirs ends, and a review of
     * theirs stops counting (kept with the replaced ones). A {@code CONFLICT_DECLARED} history entry names
     * the reviewer (the reason stays in {@link #conflicts()}). Declared already: nothing changes.
     *
     * @return false when the conflict was declared already
     */
    public boolean declareConflict(String reviewer, String reason, String declaredBy, Instant now) {
        if (conflictedWith(reviewer)) {
            return false;
        }
        requireRoom();
        if (reason == null || reason.isBlank() || reason.strip().length() > Conflict.MAX_REASON) {
            throw new IllegalArgumentException("a conflict needs a reason of at most " + Conflict.MAX_REASON + " characters");
        }
        conflicts.add(new Conflict(reviewer, reason.strip(), declaredBy, now));
        if (claim != null && claim.reviewer().equals(reviewer)) {
            claim = null;
        }
        supersede(reviewer);
        assignees.remove(reviewer);
        record(HistoryEntry.of(HistoryAction.CONFLICT_DECLARED, status, now, declaredBy, reviewer), now);
        return true;
    }

    /** Moves {@code reviewer}'s current review, if any, to the superseded ones. */
    private void supersede(String reviewer) {
        for (int i = 0; i < reviews.size(); i++) {
            if (reviews.get(i).by().equals(reviewer)) {
                Review replaced = reviews.remove(i);
                supersededReviews.add(replaced);
                newSuperseded().add(replaced);
                return;
            }
        }
    }

    /** Whether {@code reviewer} declared (or was declared to have) a conflict of interest with this application. */
    public boolean conflictedWith(String reviewer) {
        return reviewer != null && conflicts.stream().anyMatch(c -> c.reviewer().equals(reviewer));
    }

    private void requireNoConflict(String reviewer, String action) {
        if (conflictedWith(reviewer)) {
            throw new WorkflowException(WorkflowCode.CONFLICT_OF_INTEREST,
                    "you have declared a conflict of interest with this application: you cannot " + action + " it");
        }
    }

    /**
     * The reviewers asked to review this application ({@code reviewers}: usernames, duplicates dropped,
     * order kept), set by an admin ({@code by}); replaces the earlier assignment. Only while the
     * application is undecided; nobody with a conflict of interest ({@code conflict-of-interest}, the
     * whole assignment refused); at most {@link #MAX_ASSIGNEES}. An {@code ASSIGNED} history entry
     * names them. The same reviewers again: nothing changes.
     *
     * @return false when the assignment was already this one
     */
    public boolean assign(List<String> reviewers, String by, Instant now) {
        requireRoom();
        if (!status.undecided()) {
            throw WorkflowException.illegal(status, "assign reviewers to");
        }
        List<String> wanted = new ArrayList<>();
        for (String reviewer : reviewers) {
            String name = reviewer == null ? "" : reviewer.strip();
            if (name.isEmpty() || name.length() > 120) {
                throw new IllegalArgumentException("a reviewer is named by a username of 1 to 120 characters");
            }
            if (!wanted.contains(name)) {
                wanted.add(name);
            }
        }
        if (wanted.size() > MAX_ASSIGNEES) {
            throw new WorkflowException(WorkflowCode.LIMIT_REACHED,
                    "an application is assigned to at most " + MAX_ASSIGNEES + " reviewers");
        }
        for (String name : wanted) {
            if (conflictedWith(name)) {
                throw new WorkflowException(WorkflowCode.CONFLICT_OF_INTEREST,
                        name + " has a conflict of interest with this application: they cannot be assigned to it");
            }
        }
        if (wanted.equals(assignees)) {
            return false;
        }
        assignees = wanted;
        record(HistoryEntry.of(HistoryAction.ASSIGNED, status, now, by, String.join(", ", wanted)), now);
        return true;
    }

    /** The reviewers assigned to this application, in the order given (none: anyone may review it). */
    public List<String> assignees() {
        return Collections.unmodifiableList(assignees);
    }

    /**
     * An admin ({@code by}) records the mentor of an accepted partnership application (one with
     * {@link #partnership()} answers, ACCEPTED): a {@code MENTOR_ASSIGNED} history entry names them, and
     * {@link MentorAssigned} tells the applicant. A different mentor later replaces them and tells the
     * applicant again (a new event); the same mentor again changes nothing.
     *
     * @return false when that mentor was recorded already
     * @throws WorkflowException {@code illegal-transition} when the application is not an accepted partnership
     * @throws IllegalArgumentException a mentor's value that breaks a rule of {@link Mentor#of}
     */
    public boolean assignMentor(String name, String organisation, String email, String by, Instant now) {
        requireRoom();
        if (partnership == null) {
            throw new WorkflowException(WorkflowCode.ILLEGAL_TRANSITION,
                    "only an application to the partnership programme is given a mentor");
        }
        if (status != Status.ACCEPTED) {
            throw WorkflowException.illegal(status, "assign a mentor to");
        }
        Mentor next = Mentor.of(name, organisation, email, by, now);
        if (next.sameAs(mentor)) {
            return false;
        }
        mentor = next;
        record(HistoryEntry.of(HistoryAction.MENTOR_ASSIGNED, status, now, by, next.name() + " (" + next.organisation() + ")"),
                now);
        announce(new MentorAssigned(envelope(nextEventId("MentorAssigned", next.name(), next.organisation(), next.email()), now),
                new MentorAssigned.Mentor(next.name(), next.organisation(), next.email()), callId()));
        return true;
    }

    /** The answers of an application to the partnership programme, or null (a network application). */
    public Partnership partnership() {
        return partnership;
    }

    /** The mentor of an accepted partnership, or null. */
    public Mentor mentor() {
        return mentor;
    }

    /** An internal note, in any state. */
    public void addNote(String reviewer, String text, Instant now) {
        requireNotErased();
        if (notes.size() >= MAX_NOTES) {
            throw new WorkflowException(WorkflowCode.LIMIT_REACHED, "an application keeps at most " + MAX_NOTES + " notes");
        }
        Note note = new Note(text, reviewer, now);
        notes.add(note);
        newNotes.add(note);
        updatedAt = now;
    }

    /** Changes recorded so far (delivery entries, which the store appends, not counted). */
    private void requireRoom() {
        requireNotErased();
        long changes = history.stream().filter(h -> h.sourceEventId() == null).count();
        if (changes >= MAX_HISTORY) {
            throw new WorkflowException(WorkflowCode.LIMIT_REACHED, "an application keeps at most " + MAX_HISTORY + " changes");
        }
    }

    private static String orElse(String corrected, String current) {
        return corrected == null ? current : corrected;
    }

    private void requireClaim(String reviewer, Instant now, String action) {
        if (claim == null || !claim.heldBy(reviewer, now)) {
            throw new WorkflowException(WorkflowCode.NOT_CLAIMED, "claim the application before you " + action + " it");
        }
    }

    private void record(HistoryEntry entry, Instant now) {
        history.add(entry);
        newHistory().add(entry);
        updatedAt = now;
    }

    /** The id of an event announcing the change in progress: see {@link EventIds}. */
    private UUID nextEventId(String type, String... told) {
        return EventIds.of(id, version + 1, type, told);
    }

    private void announce(ApplicationEvent event) {
        newEvents().add(event);
    }

    /** What an event of this application carries, addressed to the applicant. */
    private Envelope envelope(UUID eventId, Instant now) {
        return envelope(eventId, now, recipient());
    }

    /** What an event of this application carries, addressed to {@code recipient}. */
    private Envelope envelope(UUID eventId, Instant now, Recipient recipient) {
        return new Envelope(eventId, now, uuid(), reference, recipient, municipalityRef());
    }

    private Recipient recipient() {
        return new Recipient(applicant.fullName(), applicant.email(), applicant.language());
    }

    private MunicipalityRef municipalityRef() {
        return new MunicipalityRef(municipality.name(), municipality.region(), municipality.country());
    }

    public UUID uuid() {
        return UUID.fromString(id);
    }

    // What changed since loading, for the single-document update (see Applications).

    public List<HistoryEntry> newHistory() {
        return newHistory;
    }

    public List<Note> newNotes() {
        return newNotes;
    }

    /** Reviews replaced since loading (appended to the superseded ones by the store). */
    public List<Review> newSuperseded() {
        return newSuperseded;
    }

    /** Ids of held events a take-back removed since loading (pulled from the outbox by the store). */
    public List<String> takenBackEvents() {
        return takenBackEvents;
    }

    /** Until when the outbox holds {@code event} (a decision's grace period), or null: published at once. */
    public Instant holdOf(ApplicationEvent event) {
        return decisionHold != null && decisionHold.eventId().equals(event.eventId().toString()) ? decisionHold.until() : null;
    }

    /** The latest decision's grace period, while one may be running (see {@link #takeBackUntil}), or null. */
    public DecisionHold decisionHold() {
        return decisionHold;
    }

    public List<ApplicationEvent> newEvents() {
        return newEvents;
    }

    /** Called by the store once the change is written (with the outbox entries it wrote). */
    public void changesWritten(List<OutboxEntry> written) {
        outbox.addAll(written);
        newHistory().clear();
        newNotes().clear();
        newEvents().clear();
        newSuperseded().clear();
        takenBackEvents().clear();
        version++;
    }

    public String id() {
        return id;
    }

    /** The call the application was submitted to ({@link Calls#DEFAULT_CALL} for one registered before calls existed). */
    public String callId() {
        return callId == null ? Calls.DEFAULT_CALL : callId;
    }

    public String reference() {
        return reference;
    }

    public Status status() {
        return status;
    }

    public Applicant applicant() {
        return applicant;
    }

    public Municipality municipality() {
        return municipality;
    }

    public String motivation() {
        return motivation;
    }

    public Interest interest() {
        return interest;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Claim claim() {
        return claim;
    }

    public Decision decision() {
        return decision;
    }

    /** The new email address waiting for the applicant's confirmation, or null. */
    public PendingEmail pendingEmail() {
        return pendingEmail;
    }

    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }

    public List<Note> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** The current reviews, one per reviewer, in the order they were last submitted. */
    public List<Review> reviews() {
        return Collections.unmodifiableList(reviews);
    }

    /** Reviews their reviewers replaced with a newer one, oldest first. */
    public List<Review> supersededReviews() {
        return Collections.unmodifiableList(supersededReviews);
    }

    /** The conflicts of interest declared, oldest first. */
    public List<Conflict> conflicts() {
        return Collections.unmodifiableList(conflicts);
    }

    public List<OutboxEntry> outbox() {
        return Collections.unmodifiableList(outbox);
    }

    public long version() {
        return version;
    }
}
