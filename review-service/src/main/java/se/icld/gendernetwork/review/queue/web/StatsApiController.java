package se.icld.gendernetwork.review.queue.web;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.queue.QueueParameters;
import se.icld.gendernetwork.review.queue.ReviewStats;

/**
 * {@code GET /api/v1/review/stats[?callId=]} (REVIEWER): every call's applications, or one call's (an
 * id no call has: 400). The CSV export is in {@code export/web}.
 */
@RestController
@RequiredArgsConstructor
class StatsApiController {

    private final ReviewStats stats;
    private final Calls calls;

    @GetMapping("/api/v1/review/stats")
    ReviewStats.Stats stats(@RequestParam(required = false) String callId) {
        return stats.compute(QueueParameters.callId(callId, calls));
    }
}
