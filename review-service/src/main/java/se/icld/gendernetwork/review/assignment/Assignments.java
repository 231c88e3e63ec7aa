package se.icld.gendernetwork.review.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationNotFoundException;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.Conflict;
import se.icld.gendernetwork.review.application.WorkflowException;
import se.icld.gendernetwork.review.assignment.AssignmentPlan.Candidate;

/**
 * An admin's assignments of reviewers: by hand for one application, or spread over the panel for
 * every undecided application (see {@link AssignmentPlan}). Each application is its own guarded
 * single-document write, which first marks the automatic conflicts of interest
 * ({@link AutoConflicts}) the application lacks, so a spread never picks such a reviewer.
 */
@Service
public class Assignments {

    /** The most applications one spread looks at (the oldest undecided first); spread again for more. */
    public static final int SPREAD_LIMIT = 2000;

    private static final Logger log = LoggerFactory.getLogger(Assignments.class);

    private final Applications applications;
    private final ApplicationQueries queries;
    private final AssignmentProperties properties;
    private final AutoConflicts autoConflicts;
    private final Clock clock;
    private final Counter assigned;

    Assignments(Applications applications, ApplicationQueries queries, AssignmentProperties properties, Clock clock,
            MeterRegistry registry) {
        this.applications = applications;
        this.queries = queries;
        this.properties = properties;
        this.autoConflicts = AutoConflicts.of(properties);
        this.clock = clock;
        this.assigned = Counter.builder("review.assignments")
                .description("Applications whose assigned reviewers an admin set (by hand or in a spread)")
                .register(registry);
    }

    /** The panel as configured. */
    public AssignmentProperties panel() {
        return properties;
    }

    /**
     * Sets the reviewers of one application (replacing the earlier ones; an empty list clears them).
     *
     * @throws WorkflowException {@code conflict-of-interest} when one of them is conflicted (declared, or by
     *         the automatic rule), {@code illegal-transition} once decided or withdrawn
     */
    public Application assign(UUID id, List<String> reviewers, String admin) {
        Application application = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
        Instant now = Instant.now(clock);
        autoConflicts.apply(application, now);
        if (application.assign(reviewers, admin, now) || !application.newHistory().isEmpty()) {
            applications.update(application);
            assigned.increment();
        }
        return application;
    }

    /** Which of {@code reviewers} have a conflict of interest with the application, declared or by the automatic rule. */
    public List<String> conflictedAmong(UUID id, List<String> reviewers) {
        Application application = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
        Set<String> conflicted = candidate(application).conflicted();
        return reviewers.stream().filter(conflicted::contains).distinct().toList();
    }

    /** What a spread did: applications given reviewers, those left short of the number asked, each reviewer's load after. */
    public record Spread(int assigned, int leftShort, int failed, Map<String, Long> load) {
    }

    /**
     * Gives every undecided application (the oldest {@link #SPREAD_LIMIT}) reviewers from
     * {@code panel} until it has {@code perApplication}, balanced and never conflicted. An
     * application changed meanwhile by someone else is left as it is (counted in {@code failed}):
     * spread again.
     */
    public Spread spread(List<String> panel, int perApplication, String admin) {
        List<String> members = panel.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("name at least one reviewer to spread the applications over");
        }
        if (perApplication < 1 || perApplication > Application.MAX_ASSIGNEES) {
            throw new IllegalArgumentException("each application gets 1 to " + Application.MAX_ASSIGNEES + " reviewers");
        }
        List<Application> open = queries.undecidedOldestFirst(SPREAD_LIMIT);
        List<Candidate> candidates = open.stream().map(this::candidate).toList();
        AssignmentPlan.Result plan = AssignmentPlan.spread(candidates, members, perApplication, queries.assignedLoad());
        int done = 0;
        int failed = 0;
        Instant now = Instant.now(clock);
        for (Map.Entry<String, List<String>> entry : plan.assignments().entrySet()) {
            try {
                Application application = applications.find(UUID.fromString(entry.getKey()))
                        .orElseThrow(ApplicationNotFoundException::new);
                autoConflicts.apply(application, now);
                application.assign(entry.getValue(), admin, now);
                applications.update(application);
                assigned.increment();
                done++;
            } catch (WorkflowException | ApplicationNotFoundException e) {
                failed++;
            }
        }
        log.info("spread {} applications over {} reviewers ({} per application): {} assigned, {} left short, {} changed meanwhile",
                open.size(), members.size(), perApplication, done, plan.leftShort().size(), failed);
        return new Spread(done, plan.leftShort().size(), failed, new LinkedHashMap<>(plan.load()));
    }

    private Candidate candidate(Application application) {
        Set<String> conflicted = new HashSet<>();
        application.conflicts().stream().map(Conflict::reviewer).forEach(conflicted::add);
        autoConflicts.conflicted(application.municipality()).forEach(r -> conflicted.add(r.username()));
        return new Candidate(application.id(), application.assignees(), conflicted);
    }
}
