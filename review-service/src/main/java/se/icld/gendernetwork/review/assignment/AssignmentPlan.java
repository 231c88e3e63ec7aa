package se.icld.gendernetwork.review.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How applications are spread over a panel: each application gets reviewers until it has
 * {@code perApplication}, always the least loaded one first (the load: how many undecided
 * applications a reviewer is assigned to, counting those this plan adds; ties go to the panel's
 * order), never one already assigned to it or conflicted with it. Applications are served in the
 * order given (the oldest first), so a short panel leaves the newest short. Pure: the rule is
 * unit-tested without Spring or a store.
 */
public final class AssignmentPlan {

    /** An application as the plan sees it: its current assignees and who may not review it. */
    public record Candidate(String id, List<String> assignees, Set<String> conflicted) {
    }

    /**
     * The result: the new assignee list of each application that changes (current ones first, then
     * the added ones), the load each panel member ends with, and the applications left short.
     */
    public record Result(Map<String, List<String>> assignments, Map<String, Long> load, List<String> leftShort) {
    }

    private AssignmentPlan() {
    }

    public static Result spread(List<Candidate> candidates, List<String> panel, int perApplication,
            Map<String, Long> currentLoad) {
        if (perApplication < 1) {
            throw new IllegalArgumentException("each application needs at least one reviewer");
        }
        Map<String, Long> load = new LinkedHashMap<>();
        for (String reviewer : panel) {
            load.put(reviewer, currentLoad.getOrDefault(reviewer, 0L));
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < panel.size(); i++) {
            order.putIfAbsent(panel.get(i), i);
        }
        Comparator<String> leastLoaded = Comparator.<String>comparingLong(load::get).thenComparing(order::get);
        Map<String, List<String>> assignments = new LinkedHashMap<>();
        List<String> leftShort = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<String> assignees = new ArrayList<>(candidate.assignees());
            List<String> eligible = load.keySet().stream()
                    .filter(r -> !assignees.contains(r) && !candidate.conflicted().contains(r))
                    .sorted(leastLoaded)
                    .toList();
            int missing = perApplication - assignees.size();
            for (int i = 0; i < missing && i < eligible.size(); i++) {
                String reviewer = eligible.get(i);
                assignees.add(reviewer);
                load.merge(reviewer, 1L, Long::sum);
            }
            if (assignees.size() > candidate.assignees().size()) {
                assignments.put(candidate.id(), List.copyOf(assignees));
            }
            if (assignees.size() < perApplication) {
                leftShort.add(candidate.id());
            }
        }
        return new Result(assignments, load, leftShort);
    }
}
