package se.icld.gendernetwork.review.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.stream.Stream;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.Decision;
import se.icld.gendernetwork.review.application.Interest;

/**
 * All applications as CSV (RFC 4180 quoting by Apache Commons CSV), oldest first, each with the call
 * it was submitted to (the last column, {@code callId}). A cell that a
 * spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) is
 * prefixed with a single quote, so an applicant's text can never run in an officer's spreadsheet.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApplicationExport {

    static final String[] HEADER = {"reference", "id", "status", "submittedAt", "outcome", "decidedAt", "decidedBy",
        "fullName", "email", "phone", "position", "language", "municipality", "region", "country", "focusAreas",
        "localWorkshop", "swedenWorkshop", "partnershipInterest", "mentorshipInterest", "motivation", "callId"};

    private final ApplicationQueries applications;

    /**
     * Writes every application, oldest first, as it is read from the database (one document at a time,
     * never the whole export in memory). Flushes {@code out} but leaves it open: the stream belongs to
     * the caller (a response), which a closed writer would make fail on its own flush.
     */
    public void write(Writer out) throws IOException {
        write(out, null);
    }

    /** As {@link #write(Writer)}, leaving out the applications {@code reader} has a conflict of interest with. */
    public void write(Writer out, String reader) throws IOException {
        write(out, reader, true, id -> { });
    }

    /**
     * As {@link #write(Writer, String)}; the phone column only when {@code phone} is asked for (a
     * reviewer's spreadsheet rarely needs it), and each application's id given to {@code written} as
     * its row is written (the record of who exported what).
     */
    public void write(Writer out, String reader, boolean phone, java.util.function.Consumer<String> written)
            throws IOException {
        try (Stream<Application> all = applications.allOldestFirst()) {
            write(out, all, reader, phone, written);
        }
    }

    /**
     * As {@link #write(Writer, String, boolean, java.util.function.Consumer)}, the applications of
     * {@code selected} (the queue's view and filters: what the reader was looking at, in its order),
     * never those {@code reader} has a conflict of interest with. The stream is the caller's to close.
     */
    public void write(Writer out, Stream<Application> selected, String reader, boolean phone,
            java.util.function.Consumer<String> written) throws IOException {
        String[] header = phone ? HEADER
                : java.util.Arrays.stream(HEADER).filter(column -> !column.equals("phone")).toArray(String[]::new);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
        // not closed here: closing the printer closes out
        CSVPrinter csv = new CSVPrinter(out, format);
        for (Application a : (Iterable<Application>) selected.filter(a -> !a.conflictedWith(reader))::iterator) {
            Decision d = a.decision();
            Interest i = a.interest();
            java.util.List<Object> row = new java.util.ArrayList<>(java.util.List.of(safe(a.reference()), a.id(),
                    a.status(), instant(a.submittedAt()),
                    d == null ? "" : d.outcome(), d == null ? "" : instant(d.at()), d == null ? "" : safe(d.by()),
                    safe(a.applicant().fullName()), safe(a.applicant().email())));
            if (phone) {
                row.add(safe(a.applicant().phone()));
            }
            row.addAll(java.util.List.of(safe(a.applicant().position()), String.valueOf(a.applicant().language()),
                    safe(a.municipality().name()), safe(a.municipality().region()), a.municipality().country(),
                    i == null ? "" : String.join(" ", i.focusAreas()),
                    i != null && i.localWorkshop(), i != null && i.swedenWorkshop(),
                    i != null && i.partnership(), i != null && i.mentorship(), safe(a.motivation()), a.callId()));
            csv.printRecord(row);
            written.accept(a.id());
        }
        csv.flush();
    }

    /** Neutralises spreadsheet formulas (OWASP "CSV injection"). */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String instant(Instant at) {
        return at == null ? "" : at.toString();
    }
}
