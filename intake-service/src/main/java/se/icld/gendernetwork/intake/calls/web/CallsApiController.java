package se.icld.gendernetwork.intake.calls.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;

/** The calls, public: what can be applied to and when ({@code GET /api/v1/calls}). */
@RestController
class CallsApiController {

    private final Calls calls;
    private final Clock clock;

    CallsApiController(Calls calls, Optional<Clock> clock) {
        this.calls = calls;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * A call: {@code phase} {@code BEFORE}, {@code OPEN} or {@code AFTER} at the time of the answer;
     * {@code closesAt} null: open until further notice; {@code timeZone}: the zone its dates are shown in;
     * {@code questions}: the question set a submission to it answers ({@code NETWORK}: the expression of
     * interest; {@code PARTNERSHIP}: the partnership programme, with a {@code partnership} object).
     */
    record CallResponse(String id, Map<String, String> title, Map<String, String> introduction, Instant opensAt,
            Instant closesAt, String timeZone, Set<String> eligibleCountries, Call.Questions questions, Call.Phase phase) {
    }

    @GetMapping("/api/v1/calls")
    ResponseEntity<List<CallResponse>> calls() {
        Instant now = Instant.now(clock);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(calls.all().stream().map(c -> new CallResponse(c.id(), c.title(), c.introduction(), c.opensAt(),
                        c.closesAt(), c.timeZone().getId(), c.eligibleCountries(), c.questions(), c.phaseAt(now))).toList());
    }
}
