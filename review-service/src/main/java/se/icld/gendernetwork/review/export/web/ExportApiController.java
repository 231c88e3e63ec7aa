package se.icld.gendernetwork.review.export.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.access.AccessRecords;
import se.icld.gendernetwork.review.export.ApplicationExport;

/**
 * {@code GET /api/v1/review/export.csv} (ADMIN): every application as CSV, for the officers' spreadsheets,
 * except those the admin asking has a conflict of interest with.
 */
@RestController
class ExportApiController {

    private final ApplicationExport export;
    private final AccessRecords accesses;

    ExportApiController(ApplicationExport export, AccessRecords accesses) {
        this.export = export;
        this.accesses = accesses;
    }

    /** {@code ?phone=true} adds the phone numbers, which are left out unless asked for. Every row is recorded as exported by the admin. */
    @GetMapping("/api/v1/review/export.csv")
    void exportCsv(@RequestParam(defaultValue = "false") boolean phone, HttpServletResponse response, Principal admin)
            throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"applications.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // BOM: spreadsheets then read the accents right
        try (AccessRecords.Export exported = accesses.export(admin.getName())) {
            // never the applications this admin has a conflict of interest with
            export.write(out, admin.getName(), phone, exported::add);
        }
        out.flush();
    }
}
