package se.icld.gendernetwork.review.console;

import java.io.IOException;
import java.security.Principal;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.export.web.ExportDownload;
import se.icld.gendernetwork.review.queue.QueueParameters;
import se.icld.gendernetwork.review.web.InvalidParameterException;

/**
 * {@code GET /console/export.csv} (ADMIN, signed in to the console): the queue's "Download CSV", the
 * applications of the view with the filters and order the admin was looking at (its link carries
 * them, its call among them), as {@link ApplicationExport} writes them for the API's export (no phone numbers; every row
 * recorded as exported by the admin). A parameter the queue does not know: 400.
 */
@Controller
@RequiredArgsConstructor
class ConsoleExportController {

    private final ExportDownload download;
    private final Calls calls;

    @GetMapping("/console/export.csv")
    void exportCsv(ConsoleController.QueueQuery query, Principal admin, HttpServletResponse response) throws IOException {
        QueueParameters.Selection selection;
        try {
            selection = query.selection(admin.getName(), calls);
        } catch (InvalidParameterException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        download.send(response, selection, admin.getName(), false);
    }
}
