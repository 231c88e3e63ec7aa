package se.icld.gendernetwork.review.queue.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.icld.gendernetwork.review.queue.ReviewStats;

/** {@code GET /api/v1/review/stats} (REVIEWER). The CSV export is in {@code export/web}. */
@RestController
class StatsApiController {

    private final ReviewStats stats;

    StatsApiController(ReviewStats stats) {
        this.stats = stats;
    }

    @GetMapping("/api/v1/review/stats")
    ReviewStats.Stats stats() {
        return stats.compute();
    }
}
