package se.icld.gendernetwork.review.export.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.export.ApplicationExport;

/**
 * {@code GET /api/v1/review/export.csv} (ADMIN): every application as CSV, for the officers' spreadsheets,
 * except those the admin asking has a conflict of interest with.
 */
@RestController
class ExportApiController {

    private final ApplicationExport export;

    ExportApiController(ApplicationExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/review/export.csv")
    void exportCsv(HttpServletResponse response, Principal admin) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"applications.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // BOM: spreadsheets then read the accents right
        export.write(out, admin.getName()); // never the applications this admin has a conflict of interest with
        out.flush();
    }
}
