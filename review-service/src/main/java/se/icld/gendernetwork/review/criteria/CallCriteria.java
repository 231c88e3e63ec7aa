package se.icld.gendernetwork.review.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;

/**
 * Which review criteria each call's applications are scored on: {@code review.criteria} is the
 * catalogue, a call's {@code criteria} the ids it picks from it, in the call's order (none: the whole
 * catalogue, in the catalogue's order). Checked once, when the service starts: a call naming a
 * criterion the catalogue lacks refuses the start with a message naming the call and the criterion
 * ({@link IllegalArgumentException}), rather than a review form nobody can complete. An application
 * whose call is no longer configured is scored on the whole catalogue.
 */
public final class CallCriteria {

    private final List<Criterion> catalogue;
    private final Map<String, List<Criterion>> byCall = new LinkedHashMap<>();

    public CallCriteria(Calls calls, List<Criterion> catalogue) {
        this.catalogue = List.copyOf(catalogue);
        Map<String, Criterion> known = new LinkedHashMap<>();
        catalogue.forEach(c -> known.put(c.id(), c));
        List<String> problems = new ArrayList<>();
        List<Call> all = calls.all();
        for (int i = 0; i < all.size(); i++) {
            Call call = all.get(i);
            if (call.criteria().isEmpty()) {
                byCall.put(call.id(), this.catalogue);
                continue;
            }
            List<Criterion> picked = new ArrayList<>();
            for (String id : call.criteria()) {
                Criterion c = known.get(id);
                if (c == null) {
                    problems.add("network.calls[" + i + "].criteria names '" + id + "' (call '" + call.id()
                            + "'), which review.criteria does not define (it defines " + String.join(", ", known.keySet()) + ")");
                } else {
                    picked.add(c);
                }
            }
            byCall.put(call.id(), List.copyOf(picked));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid call criteria: " + String.join("; ", problems));
        }
    }

    /** The criteria {@code callId}'s applications are scored on, in order (an unknown call: the catalogue). */
    public List<Criterion> of(String callId) {
        return byCall.getOrDefault(callId, catalogue);
    }

    /** Their ids, in order: the keys a review of an application to {@code callId} scores. */
    public List<String> ids(String callId) {
        return of(callId).stream().map(Criterion::id).toList();
    }

    /** The criteria of a configured call; empty for an id no call has. */
    public Optional<List<Criterion>> ofConfigured(String callId) {
        return Optional.ofNullable(byCall.get(callId));
    }

    /** Every criterion of the catalogue, in its order (the names of a score whatever its call). */
    public List<Criterion> catalogue() {
        return catalogue;
    }
}
