package se.icld.gendernetwork.review.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Decision;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.application.Status;

/**
 * The applicant's view of an application's history, one definition for the status page and the
 * status API: the changes of status (no reviewer names, no notes, no delivery reports, a claim
 * renewal that keeps the status adds nothing), the conversation with the programme team (what each
 * side wrote, kept after it was answered) and the reviewer's open question.
 */
public final class StatusTimeline {

    /** A change of status as the applicant sees it. */
    public record Change(Status status, Instant at) {
    }

    /**
     * What happened, as the applicant is told it: the page writes each kind as a sentence
     * ({@code timeline.<KIND>} in the messages), the API gives the kind by name.
     */
    public enum Kind {
        /** The application was registered. */
        RECEIVED,
        /** A reviewer started on it (the first claim). */
        REVIEW_STARTED,
        /** The programme team asked for more; {@code message} is the question. */
        INFO_REQUESTED,
        /** The applicant answered; {@code message} is the answer, and the review goes on. */
        INFO_PROVIDED,
        /** Decided; {@code message} is what the team wrote with the decision, if anything. */
        ACCEPTED, WAITLISTED, REJECTED,
        /** The applicant withdrew. */
        WITHDRAWN,
        /** The applicant corrected their application (before the review started). */
        CORRECTED,
        /** The applicant confirmed a new email address. */
        EMAIL_CONFIRMED;

        /** Written by the applicant (the page says "You wrote"), not by the team. */
        public boolean byApplicant() {
            return this == INFO_PROVIDED;
        }
    }

    /** One step of the conversation; {@code message} is null where nobody wrote anything. */
    public record Entry(Kind kind, Instant at, String message) {
    }

    private StatusTimeline() {
    }

    /**
     * What the applicant has been told of the application: its status, the decision in force and the
     * history. A decision still in its grace period (its email held, it may be taken back) is not told
     * yet: the applicant sees the application as it was before it; a decision taken back was never told
     * (its {@code DECIDED} entry and the {@code DECISION_TAKEN_BACK} entry are left out).
     */
    public record Announced(Status status, Decision decision, List<HistoryEntry> history) {
    }

    /** See {@link Announced}. */
    public static Announced announced(Application a, Instant now) {
        List<HistoryEntry> history = new ArrayList<>();
        for (HistoryEntry h : a.history()) {
            if (h.action() == HistoryAction.DECISION_TAKEN_BACK) {
                removeLastDecided(history);
            } else {
                history.add(h);
            }
        }
        if (a.takeBackUntil(now) != null) {
            removeLastDecided(history);
            return new Announced(a.decisionHold().previousStatus(), a.decisionHold().previousDecision(), List.copyOf(history));
        }
        return new Announced(a.status(), a.decision(), List.copyOf(history));
    }

    private static void removeLastDecided(List<HistoryEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action() == HistoryAction.DECIDED && history.get(i).sourceEventId() == null) {
                history.remove(i);
                return;
            }
        }
    }

    /** Each change of status, oldest first; entries that answer an event (emails) are left out. */
    public static List<Change> changes(List<HistoryEntry> history) {
        List<Change> changes = new ArrayList<>();
        Status last = null;
        for (HistoryEntry h : history) {
            if (h.status() != null && h.status() != last && h.sourceEventId() == null) {
                changes.add(new Change(h.status(), h.at()));
                last = h.status();
            }
        }
        return List.copyOf(changes);
    }

    /**
     * The whole exchange, oldest first: received, review started, each question and answer with
     * their texts, the decision (with the message the team sent; for applications decided before
     * decisions kept their message in the history, the latest decision's message from
     * {@code decision}), the withdrawal, the applicant's corrections and email confirmations. Claims, releases, notes and email reports add nothing; a
     * claim that starts the review once more (after an answer) is not repeated.
     */
    public static List<Entry> conversation(List<HistoryEntry> history, Decision decision) {
        HistoryEntry latestDecided = null;
        for (HistoryEntry h : history) {
            if (h.action() == HistoryAction.DECIDED && h.sourceEventId() == null) {
                latestDecided = h;
            }
        }
        List<Entry> entries = new ArrayList<>();
        boolean reviewStarted = false;
        for (HistoryEntry h : history) {
            if (h.sourceEventId() != null || h.action() == null) {
                continue;
            }
            switch (h.action()) {
                case REGISTERED -> entries.add(new Entry(Kind.RECEIVED, h.at(), null));
                case CLAIMED -> {
                    if (!reviewStarted && h.status() == Status.IN_REVIEW) {
                        entries.add(new Entry(Kind.REVIEW_STARTED, h.at(), null));
                    }
                }
                case INFO_REQUESTED -> entries.add(new Entry(Kind.INFO_REQUESTED, h.at(), text(h.detail())));
                case INFO_PROVIDED -> entries.add(new Entry(Kind.INFO_PROVIDED, h.at(), text(h.detail())));
                case DECIDED -> {
                    String message = h.detail();
                    if (message == null && h == latestDecided && decision != null) {
                        message = decision.message();
                    }
                    entries.add(new Entry(outcome(h.status()), h.at(), text(message)));
                }
                case WITHDRAWN -> entries.add(new Entry(Kind.WITHDRAWN, h.at(), null));
                case CORRECTED -> entries.add(new Entry(Kind.CORRECTED, h.at(), null));
                case EMAIL_CONFIRMED -> entries.add(new Entry(Kind.EMAIL_CONFIRMED, h.at(), null));
                default -> {
                    // RELEASED and delivery reports: nothing the applicant needs to read.
                }
            }
            if (h.status() != null && h.status() != Status.RECEIVED) {
                reviewStarted = true;
            }
        }
        return List.copyOf(entries);
    }

    /** The reviewer's latest question (the detail of the latest INFO_REQUESTED entry), or null. */
    public static String question(List<HistoryEntry> history) {
        String question = null;
        Instant latest = Instant.MIN;
        for (HistoryEntry h : history) {
            if (h.action() == HistoryAction.INFO_REQUESTED && h.at() != null && !h.at().isBefore(latest)) {
                question = h.detail();
                latest = h.at();
            }
        }
        return question;
    }

    private static Kind outcome(Status status) {
        if (status == Status.WAITLISTED) {
            return Kind.WAITLISTED;
        }
        return status == Status.REJECTED ? Kind.REJECTED : Kind.ACCEPTED;
    }

    private static String text(String message) {
        return message == null || message.isBlank() ? null : message;
    }
}
