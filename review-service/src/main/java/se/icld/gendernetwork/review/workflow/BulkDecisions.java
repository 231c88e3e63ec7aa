package se.icld.gendernetwork.review.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationNotFoundException;
import se.icld.gendernetwork.review.application.Claim;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.application.WorkflowCode;
import se.icld.gendernetwork.review.application.WorkflowException;

/**
 * One decision for a selection of applications (e.g. waitlist all remaining): which of them the
 * reviewer can decide and why the others are skipped, worked out by the workflow's own rules on copies
 * that are never written ({@link #plan}); then each decided as a single decision would be
 * ({@link #decide}): claimed in the reviewer's name where needed, then decided, each its own versioned
 * write, a refusal of one not stopping the others.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BulkDecisions {

    /** At most this many applications in one bulk decision. */
    public static final int MAX = 100;

    /** Why an application is skipped. */
    public enum Skip {
        NOT_FOUND, ERASED, CONFLICT_OF_INTEREST, CLAIMED, STATUS,
        /** An acceptance of a partnership application whose network application is not accepted (see {@code Eligibility}). */
        NOT_ELIGIBLE,
        FAILED
    }

    /**
     * One selected application: decided (or to be), or skipped ({@code skip}, with the workflow's
     * refusal when there was one; {@code claim} the other reviewer's claim when it is {@code CLAIMED}).
     * {@code application} is null when there is none with that id.
     */
    public record Item(UUID id, Application application, Skip skip, WorkflowException refusal, Claim claim) {

        public boolean decided() {
            return skip == null;
        }
    }

    private final ReviewerActions actions;
    private final Clock clock;

    /** What deciding {@code outcome} for each of {@code ids} (duplicates once) would do for {@code reviewer}; nothing is written. */
    public List<Item> plan(List<UUID> ids, Status outcome, String reviewer) {
        Instant now = Instant.now(clock);
        List<Item> items = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            Application application;
            try {
                application = actions.get(id);
            } catch (ApplicationNotFoundException e) {
                items.add(new Item(id, null, Skip.NOT_FOUND, null, null));
                continue;
            }
            Claim claim = application.claim() != null && application.claim().activeAt(now) ? application.claim() : null;
            try {
                Application copy = actions.get(id);
                if (claim == null || !claim.reviewer().equals(reviewer)) {
                    copy.claim(reviewer, now, Duration.ofMinutes(1));
                }
                copy.decide(reviewer, outcome, null, now, Duration.ZERO, actions.eligibility(copy).orElse(null));
                items.add(new Item(id, application, null, null, null));
            } catch (WorkflowException e) {
                items.add(skipped(id, application, e, claim));
            } catch (ApplicationNotFoundException e) {
                items.add(new Item(id, null, Skip.NOT_FOUND, null, null));
            }
        }
        return items;
    }

    /**
     * Decides {@code outcome} (with {@code message}, or none) for each of {@code ids} that {@code reviewer}
     * can decide, claiming it first where they do not hold it; returns each application's result, the
     * decided ones as they are now.
     */
    public List<Item> decide(List<UUID> ids, Status outcome, String message, String reviewer) {
        List<Item> results = new ArrayList<>();
        for (Item planned : plan(ids, outcome, reviewer)) {
            if (!planned.decided()) {
                results.add(planned);
                continue;
            }
            UUID id = planned.id();
            try {
                Instant now = Instant.now(clock);
                Claim claim = planned.application().claim();
                if (claim == null || !claim.heldBy(reviewer, now)) {
                    actions.claim(id, reviewer);
                }
                results.add(new Item(id, actions.decide(id, reviewer, outcome, message), null, null, null));
            } catch (WorkflowException e) {
                // Someone else was quicker (a claim, a decision) since the plan: this one is skipped.
                Application current = actions.get(id);
                Instant now = Instant.now(clock);
                Claim claim = current.claim() != null && current.claim().activeAt(now) ? current.claim() : null;
                results.add(skipped(id, current, e, claim));
            }
        }
        return results;
    }

    private static Item skipped(UUID id, Application application, WorkflowException e, Claim claim) {
        Skip skip = application.erased() ? Skip.ERASED
                : e.code() == WorkflowCode.CONFLICT_OF_INTEREST ? Skip.CONFLICT_OF_INTEREST
                : e.code() == WorkflowCode.CLAIMED ? Skip.CLAIMED
                : e.code() == WorkflowCode.ILLEGAL_TRANSITION ? Skip.STATUS
                : e.code() == WorkflowCode.NOT_ELIGIBLE ? Skip.NOT_ELIGIBLE
                : Skip.FAILED;
        return new Item(id, application, skip, e, skip == Skip.CLAIMED ? claim : null);
    }
}
