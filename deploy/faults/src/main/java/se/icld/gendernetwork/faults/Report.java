package se.icld.gendernetwork.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The table, written to a file and printed; the exit code. */
final class Report {

    private Report() {
    }

    static String recovery(Audit.Row row) {
        if (!row.implemented) {
            return "-";
        }
        if (row.recoveryMs < 0) {
            return row.recoveryNote.isEmpty() ? "-" : row.recoveryNote;
        }
        return String.format(Locale.ROOT, "%.1f s", row.recoveryMs / 1000.0);
    }

    static int write(List<Audit.Row> rows, Path file, FaultRun.Profile profile, long seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Fault run (%s), %s, %d s in all%n%n", profile.quick() ? "quick" : "full",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), seconds));
        String format = "%-22s %6s %5s %9s %9s %7s %8s %8s %5s %6s  %-18s %s%n";
        out.append(String.format(Locale.ROOT, format, "scenario", "202", "lost", "dup apps", "dup mail", "window",
                "missing", "5xx-fail", "held", "status", "recovery", "result"));
        long accepted = 0, lost = 0, dupApps = 0, dupMails = 0, within = 0;
        int run = 0, failed = 0, notImplemented = 0;
        for (Audit.Row r : rows) {
            if (!r.implemented) {
                notImplemented++;
                out.append(String.format(Locale.ROOT, format, r.scenario, "-", "-", "-", "-", "-", "-", "-", "-", "-",
                        "-", "not implemented"));
                continue;
            }
            run++;
            accepted += r.accepted;
            lost += r.lost;
            dupApps += r.duplicateApplications;
            dupMails += r.duplicateEmails;
            within += r.withinWindow;
            boolean bad = r.failed();
            if (bad) {
                failed++;
            }
            out.append(String.format(Locale.ROOT, format, r.scenario, r.accepted, r.lost, r.duplicateApplications,
                    r.duplicateEmails, r.withinWindow, r.missingEmails, r.failedByDesign, r.unknownHeld, r.statusMismatches,
                    recovery(r), bad ? "FAILED" : "ok"));
        }
        out.append(String.format("%nColumns: 202 = submissions answered 202; lost = a 202 without its application "
                + "(or with another applicant's); dup apps = applications beyond one per applicant; dup mail = emails beyond "
                + "one per notice; window = of those, the same Message-ID twice after a crash between the SMTP 250 and "
                + "the log write (at most one per message a crash caught), or after an outcome notification could not log "
                + "while MongoDB was away (at most one per such outcome); missing = notices with no email; 5xx-fail = notices FAILED "
                + "after a 5xx (as designed, not counted as missing); held = notices UNKNOWN in the log (the whole message "
                + "went out, no reply came: delivered once, not sent again for hours by design); status = applicant's status page differs from the "
                + "stored status; recovery = from the end of the fault until every 202 was registered, every notice "
                + "SENT, FAILED or UNKNOWN, no consumer lag and no pending outbox event.%n%n"));
        for (Audit.Row r : rows) {
            out.append(r.scenario).append(": ").append(r.what).append('\n');
            if (r.error != null) {
                out.append("    ! ").append(r.error).append('\n');
            }
            if (r.personalData > 0) {
                out.append("    ! ").append(r.personalData).append(" pieces of personal data in logs or dead-letter headers\n");
            }
            if (r.deadLettered > 0) {
                out.append("    ").append(r.deadLettered).append(" dead letters written during the scenario\n");
            }
            for (String note : r.notes) {
                out.append("    ").append(note).append('\n');
            }
        }
        if (notImplemented > 0) {
            out.append(String.format(Locale.ROOT, "%n%d scenario(s) not implemented (not counted as passed).%n", notImplemented));
        }
        out.append(String.format(Locale.ROOT, "%n%d of %d scenarios failed a check.%n", failed, run));
        out.append(String.format(Locale.US, "%,d scenarios, %,d accepted, %,d lost, %,d duplicate applications, "
                + "%,d duplicate emails (%,d within the documented window)%n", run, accepted, lost, dupApps, dupMails, within));
        String text = out.toString();
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("cannot write " + file + ": " + e);
        }
        System.out.println();
        System.out.println("Report (also in " + file + "):");
        System.out.print(text);
        System.out.flush();
        return failed > 0 || lost > 0 || dupApps > 0 || dupMails - within > 0 ? 1 : 0;
    }
}
