package se.icld.gendernetwork.review.export.web;

import java.io.IOException;
import java.security.Principal;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.application.QueueView;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.queue.QueueParameters;

/**
 * {@code GET /api/v1/review/export.csv} (ADMIN): every application as CSV, for the officers' spreadsheets,
 * except those the admin asking has a conflict of interest with.
 */
@RestController
@RequiredArgsConstructor
class ExportApiController {

    private final ExportDownload download;
    private final Calls calls;

    /**
     * {@code ?phone=true} adds the phone numbers, which are left out unless asked for. Every row is
     * recorded as exported by the admin. The queue's parameters (view, filters, order; {@code view}
     * all by default; {@code callId}: one call's, every call's by default) select what is exported, checked
     * as the queue checks them.
     */
    @GetMapping("/api/v1/review/export.csv")
    void exportCsv(@RequestParam(defaultValue = "false") boolean phone, @RequestParam(required = false) String view,
            @RequestParam(required = false) Status status, @RequestParam(required = false) String country,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String focusArea,
            @RequestParam(required = false) String workshop, @RequestParam(required = false) String language,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String callId, HttpServletResponse response, Principal admin)
            throws IOException {
        QueueParameters.Selection selection = QueueParameters.selection(admin.getName(), QueueView.ALL, view,
                status == null ? null : status.name(), country, municipality, focusArea, workshop, language, q, sort,
                QueueParameters.callId(callId, calls));
        download.send(response, selection, admin.getName(), phone);
    }
}
