package se.icld.gendernetwork.review.queue.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.queue.ApplicationExport;
import se.icld.gendernetwork.review.queue.ReviewStats;

/** {@code GET /api/v1/review/stats} (REVIEWER) and {@code GET /api/v1/review/export.csv} (ADMIN). */
@RestController
class StatsApiController {

    private final ReviewStats stats;
    private final ApplicationExport export;

    StatsApiController(ReviewStats stats, ApplicationExport export) {
        this.stats = stats;
        this.export = export;
    }

    @GetMapping("/api/v1/review/stats")
    ReviewStats.Stats stats() {
        return stats.compute();
    }

    @GetMapping("/api/v1/review/export.csv")
    void exportCsv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"applications.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // BOM: spreadsheets then read the accents right
        export.write(out);
        out.flush();
    }
}
