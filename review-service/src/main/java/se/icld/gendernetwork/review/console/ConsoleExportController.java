package se.icld.gendernetwork.review.console;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.access.AccessRecords;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.export.ApplicationExport;
import se.icld.gendernetwork.review.queue.QueueParameters;
import se.icld.gendernetwork.review.queue.ReviewQueue;
import se.icld.gendernetwork.review.web.InvalidParameterException;

/**
 * {@code GET /console/export.csv} (ADMIN, signed in to the console): the queue's "Download CSV", the
 * applications of the view with the filters and order the admin was looking at (its link carries
 * them), as {@link ApplicationExport} writes them for the API's export (no phone numbers; every row
 * recorded as exported by the admin). A parameter the queue does not know: 400.
 */
@Controller
class ConsoleExportController {

    private final ApplicationExport export;
    private final AccessRecords accesses;
    private final ReviewQueue queue;

    ConsoleExportController(ApplicationExport export, AccessRecords accesses, ReviewQueue queue) {
        this.export = export;
        this.accesses = accesses;
        this.queue = queue;
    }

    @GetMapping("/console/export.csv")
    void exportCsv(ConsoleController.QueueQuery query, Principal admin, HttpServletResponse response) throws IOException {
        QueueParameters.Selection selection;
        try {
            selection = query.selection(admin.getName());
        } catch (InvalidParameterException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"applications.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // BOM: spreadsheets then read the accents right
        try (AccessRecords.Export exported = accesses.export(admin.getName());
                Stream<Application> selected = queue.stream(selection.filter(), selection.order())) {
            export.write(out, selected, admin.getName(), false, exported::add);
        }
        out.flush();
    }
}
