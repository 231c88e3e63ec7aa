package se.icld.gendernetwork.review.export.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.stream.Stream;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.access.AccessRecords;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.QueueView;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.export.ApplicationExport;
import se.icld.gendernetwork.review.queue.QueueParameters;
import se.icld.gendernetwork.review.queue.ReviewQueue;

/**
 * {@code GET /api/v1/review/export.csv} (ADMIN): every application as CSV, for the officers' spreadsheets,
 * except those the admin asking has a conflict of interest with.
 */
@RestController
class ExportApiController {

    private final ApplicationExport export;
    private final AccessRecords accesses;
    private final ReviewQueue queue;

    ExportApiController(ApplicationExport export, AccessRecords accesses, ReviewQueue queue) {
        this.export = export;
        this.accesses = accesses;
        this.queue = queue;
    }

    /**
     * {@code ?phone=true} adds the phone numbers, which are left out unless asked for. Every row is
     * recorded as exported by the admin. The queue's parameters (view, filters, order; {@code view}
     * all by default) select what is exported, checked as the queue checks them.
     */
    @GetMapping("/api/v1/review/export.csv")
    void exportCsv(@RequestParam(defaultValue = "false") boolean phone, @RequestParam(required = false) String view,
            @RequestParam(required = false) Status status, @RequestParam(required = false) String country,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String focusArea,
            @RequestParam(required = false) String workshop, @RequestParam(required = false) String language,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            HttpServletResponse response, Principal admin) throws IOException {
        QueueParameters.Selection selection = QueueParameters.selection(admin.getName(), QueueView.ALL, view,
                status == null ? null : status.name(), country, municipality, focusArea, workshop, language, q, sort);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"applications.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // BOM: spreadsheets then read the accents right
        try (AccessRecords.Export exported = accesses.export(admin.getName());
                Stream<Application> selected = queue.stream(selection.filter(), selection.order())) {
            // never the applications this admin has a conflict of interest with
            export.write(out, selected, admin.getName(), phone, exported::add);
        }
        out.flush();
    }
}
