package se.icld.gendernetwork.review.export.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.access.AccessRecords;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.export.ApplicationExport;
import se.icld.gendernetwork.review.queue.QueueParameters;
import se.icld.gendernetwork.review.queue.ReviewQueue;

/**
 * The applications export as a download, one way for the API and the console: the queue's
 * selection streamed through {@link ApplicationExport} (never the applications the admin has a
 * conflict of interest with: the selection leaves them out), every row recorded as exported by them.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ExportDownload {

    private final ApplicationExport export;
    private final AccessRecords accesses;
    private final ReviewQueue queue;

    /** Writes the {@code selection} to {@code response} as {@code applications.csv}; {@code phone}: with the phone numbers. */
    public void send(HttpServletResponse response, QueueParameters.Selection selection, String admin, boolean phone)
            throws IOException {
        Writer out = open(response, "applications.csv");
        try (AccessRecords.Export exported = accesses.export(admin);
                Stream<Application> selected = queue.stream(selection.filter(), selection.order())) {
            export.write(out, selected, admin, phone, exported::add);
        }
        out.flush();
    }

    /**
     * A CSV attachment named {@code filename}, not cached, UTF-8 with a byte-order mark (spreadsheets
     * then read the accents right): the writer to put its rows in.
     */
    public static Writer open(HttpServletResponse response, String filename) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        return out;
    }
}
