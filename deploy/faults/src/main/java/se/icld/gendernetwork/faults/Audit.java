package se.icld.gendernetwork.faults;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;

import tools.jackson.databind.JsonNode;

/**
 * The checks after one scenario, from {@link Truth} only (plus the applicant's status API for the
 * applicant-view check). One {@link Row} of the report.
 */
final class Audit {

    static final class Row {
        final String scenario;
        final String what;
        boolean implemented = true;
        String error;
        int accepted;
        int lost;
        int crossed;
        int duplicateApplications;
        int duplicateEmails;
        int withinWindow;
        int missingEmails;
        int failedByDesign;
        int unknownHeld;
        int statusMismatches;
        int personalData;
        int deadLettered;
        long recoveryMs = -1;
        String recoveryNote = "";
        final List<String> notes = new ArrayList<>();

        Row(String scenario, String what) {
            this.scenario = scenario;
            this.what = what;
        }

        int outsideWindow() {
            return duplicateEmails - withinWindow;
        }

        boolean failed() {
            return error != null || lost > 0 || duplicateApplications > 0 || outsideWindow() > 0
                    || missingEmails > 0 || statusMismatches > 0 || personalData > 0;
        }
    }

    private Audit() {
    }

    /**
     * @param crashes the emails the scenario can have left in the documented window: the messages a
     *                notification-service crash caught between the 250 and the log write ({@link SmtpFront#window}),
     *                or outcomes it kept in memory because MongoDB was away for longer than the lease: each allows
     *                one email sent twice with the same Message-ID
     */
    static void check(Row row, Load load, Truth truth, List<SmtpFront.Delivery> deliveries, int crashes,
            List<String> extraPersonal) throws Exception {
        truth.readTopics();
        List<String> foreign = truth.foreignTopics();
        if (!foreign.isEmpty()) {
            row.error = "another program uses this run's broker (topics " + foreign + "): the figures are not trustworthy";
        }
        List<Load.Sub> accepted = load.accepted();
        row.accepted = accepted.size();
        String fragment = "." + load.tag + ".";
        List<Document> apps = truth.applications(fragment);
        Map<String, Document> byId = new HashMap<>();
        Map<String, List<Document>> byEmail = new HashMap<>();
        for (Document d : apps) {
            byId.put(String.valueOf(d.get("_id")), d);
            byEmail.computeIfAbsent(Truth.email(d), k -> new ArrayList<>()).add(d);
        }

        // every 202 has exactly one application, with the body its sender sent
        Set<String> dlqKeys = truth.deadLetters.stream().filter(l -> l.topic().startsWith("intake.submissions.v1"))
                .map(Truth.DeadLetter::key).collect(Collectors.toSet());
        int lostToDlq = 0;
        for (Load.Sub s : accepted) {
            Document d = byId.get(s.id);
            if (d == null) {
                row.lost++;
                if (dlqKeys.contains(s.id)) {
                    lostToDlq++;
                }
            } else if (!Truth.email(d).equals(s.email)) {
                row.lost++;
                row.crossed++;
            }
        }
        if (lostToDlq > 0) {
            row.notes.add(lostToDlq + " accepted submissions dead-lettered on intake.submissions.v1.review-service.dlq");
        }
        if (row.crossed > 0) {
            row.notes.add(row.crossed + " 202s carried another applicant's submission id and token (same Idempotency-Key, other body)");
        }
        // no application twice (one applicant address = one logical submission)
        Map<String, Load.Sub> subByEmail = new HashMap<>();
        load.subs().forEach(s -> subByEmail.put(s.email, s));
        int withoutKey = 0;
        int after503 = 0;
        for (List<Document> same : byEmail.values()) {
            row.duplicateApplications += same.size() - 1;
            Load.Sub s = subByEmail.get(Truth.email(same.get(0)));
            if (same.size() > 1 && s != null) {
                withoutKey += s.key == null ? same.size() - 1 : 0;
                after503 += s.attempts.get() > 1 ? same.size() - 1 : 0;
            }
        }
        if (row.duplicateApplications > 0) {
            row.notes.add(row.duplicateApplications + " duplicate applications: " + withoutKey + " of submissions sent without "
                    + "an Idempotency-Key, " + after503 + " of submissions the client had to send again (503, timeout, refused)");
        }

        // every registration, information request, decision, withdrawal: exactly one email
        Map<String, List<Truth.Mail>> mailsTo = new HashMap<>();
        for (Truth.Mail m : truth.inbox()) {
            for (String to : m.to()) {
                if (to.contains(fragment)) {
                    mailsTo.computeIfAbsent(to, k -> new ArrayList<>()).add(m);
                }
            }
        }
        Map<String, List<Document>> logByApp = new HashMap<>();
        for (Document n : truth.notifications(byId.keySet())) {
            logByApp.computeIfAbsent(n.getString("applicationId"), k -> new ArrayList<>()).add(n);
        }
        // Deliveries as the SMTP fronts saw them (GreenMail's 250 after the data), by recipient:
        // the inbox API lists each Message-ID once, so only these can show a message delivered twice.
        Map<String, List<String>> deliveredTo = new HashMap<>();
        synchronized (deliveries) {
            for (SmtpFront.Delivery d : deliveries) {
                for (String to : d.recipients()) {
                    if (to.contains(fragment)) {
                        deliveredTo.computeIfAbsent(to, k -> new ArrayList<>()).add(String.valueOf(d.messageId()));
                    }
                }
            }
        }
        int sameIdTwice = 0;
        int otherIdTwice = 0;
        int heldUndelivered = 0;
        int disagree = 0;
        for (Map.Entry<String, List<Document>> e : byEmail.entrySet()) {
            Map<String, Integer> expected = new HashMap<>();
            for (Document d : e.getValue()) {
                Truth.expectedEmails(d).forEach((t, c) -> expected.merge(t, c, Integer::sum));
            }
            Map<String, List<Truth.Mail>> byTemplate = mailsTo.getOrDefault(e.getKey(), List.of()).stream()
                    .collect(Collectors.groupingBy(Truth.Mail::template));
            Map<String, List<String>> deliveredByTemplate = deliveredTo.getOrDefault(e.getKey(), List.of()).stream()
                    .collect(Collectors.groupingBy(Audit::templateOf));
            Set<String> templates = new HashSet<>(expected.keySet());
            templates.addAll(byTemplate.keySet());
            templates.addAll(deliveredByTemplate.keySet());
            for (String template : templates) {
                Set<String> inInbox = byTemplate.getOrDefault(template, List.of()).stream().map(Truth.Mail::messageId)
                        .collect(Collectors.toSet());
                List<String> delivered = deliveredByTemplate.getOrDefault(template, List.of());
                Set<String> ids = new HashSet<>(inInbox);
                ids.addAll(delivered);
                if (!inInbox.equals(new HashSet<>(delivered))) {
                    disagree++;
                }
                long distinct = ids.size();
                int want = expected.getOrDefault(template, 0);
                sameIdTwice += Math.max(0, delivered.size() - new HashSet<>(delivered).size());
                if (distinct > want) {
                    otherIdTwice += (int) (distinct - want);
                }
                if (distinct < want) {
                    int missing = (int) (want - distinct);
                    long failed = e.getValue().stream()
                            .flatMap(d -> logByApp.getOrDefault(String.valueOf(d.get("_id")), List.of()).stream())
                            .filter(n -> template.equals(n.getString("template")) && "FAILED".equals(n.getString("status")))
                            .count();
                    int byDesign = (int) Math.min(missing, failed);
                    row.failedByDesign += byDesign;
                    // UNKNOWN: the connection died after the data; the log holds it to send again later
                    // (same Message-ID), so it is held, not lost, whether or not this copy arrived.
                    long unknown = e.getValue().stream()
                            .flatMap(d -> logByApp.getOrDefault(String.valueOf(d.get("_id")), List.of()).stream())
                            .filter(n -> template.equals(n.getString("template")) && "UNKNOWN".equals(n.getString("status")))
                            .count();
                    int held = (int) Math.min(missing - byDesign, unknown);
                    heldUndelivered += held;
                    row.missingEmails += missing - byDesign - held;
                }
            }
        }
        row.unknownHeld = (int) logByApp.values().stream().flatMap(List::stream)
                .filter(n -> "UNKNOWN".equals(n.getString("status"))).count();
        if (row.unknownHeld > 0) {
            row.notes.add(row.unknownHeld + " notices held UNKNOWN (no reply after the data; not sent again until "
                    + "notification.retry.unknown-outcome-retry-after, 6 h, or an operator's requeue)");
        }
        if (heldUndelivered > 0) {
            row.notes.add(heldUndelivered + " of them not delivered (the connection closed mid-message): sent again "
                    + "after the UNKNOWN delay, not counted as missing");
        }
        if (disagree > 0) {
            row.notes.add(disagree + " notices where the inbox and the SMTP deliveries disagree on the Message-IDs");
        }
        row.duplicateEmails = sameIdTwice + otherIdTwice;
        row.notes.add(0, "audited: " + apps.size() + " applications, " + mailsTo.values().stream().mapToInt(List::size).sum()
                + " emails in the inbox, " + deliveredTo.values().stream().mapToInt(List::size).sum() + " SMTP deliveries, "
                + truth.submissionRecords.size() + " submission keys on intake.submissions.v1 so far");
        row.withinWindow = Math.min(sameIdTwice, crashes);
        if (sameIdTwice > 0) {
            row.notes.add(sameIdTwice + " emails sent twice with the same Message-ID"
                    + (crashes > 0 ? " (" + crashes + " crash(es) in the documented window)" : ""));
        }
        if (otherIdTwice > 0) {
            row.notes.add(otherIdTwice + " extra emails with a new Message-ID for a notice already sent");
        }
        if (row.failedByDesign > 0) {
            row.notes.add(row.failedByDesign + " emails not sent: FAILED in the log after a 5xx, as designed");
        }

        // every status the applicant is shown matches the stored one
        for (Load.Sub s : accepted) {
            Document d = byId.get(s.id);
            if (d == null || s.token == null || !Truth.email(d).equals(s.email)) {
                continue;
            }
            String shown = applicantStatus(s);
            if (!String.valueOf(d.getString("status")).equals(shown)) {
                row.statusMismatches++;
            }
        }

        // nothing personal in any log line or dead-letter header
        List<String> needles = new ArrayList<>(List.of(load.marker, Load.PHONE.substring(4)));
        needles.addAll(extraPersonal);
        Map<String, List<Integer>> inLogs = truth.personalDataInLogs(needles);
        for (var hit : inLogs.entrySet()) {
            row.personalData += hit.getValue().size();
            row.notes.add("personal data in " + hit.getValue().size() + " line(s) of " + hit.getKey());
        }
        for (Truth.DeadLetter l : truth.newDeadLetters()) {
            row.deadLettered++;
            for (var h : l.headers().entrySet()) {
                String v = h.getValue().toLowerCase(java.util.Locale.ROOT);
                if (needles.stream().anyMatch(n -> v.contains(n.toLowerCase(java.util.Locale.ROOT)))) {
                    row.personalData++;
                    row.notes.add("personal data in header " + h.getKey() + " of a dead letter on " + l.topic());
                }
            }
        }
        if (load.http503.get() + load.refused.get() + load.timeouts.get() > 0) {
            row.notes.add("client saw " + load.http503.get() + " 503/5xx, " + load.refused.get() + " refused connections, "
                    + load.timeouts.get() + " timeouts (all retried with the same key)");
        }
        int gaveUp = (int) load.subs().stream().filter(s -> !s.accepted).count();
        if (gaveUp > 0) {
            row.notes.add(gaveUp + " submissions never answered 202 (rejected " + load.rejected.get() + ")");
        }
    }

    /** {@code <eventId.template@domain>} → template. */
    static String templateOf(String messageId) {
        String local = messageId.replace("<", "").replace(">", "");
        local = local.contains("@") ? local.substring(0, local.indexOf('@')) : local;
        int dot = local.indexOf('.');
        return dot < 0 ? "" : local.substring(dot + 1);
    }

    static String applicantStatus(Load.Sub s) {
        for (int port : new int[] {Stack.REVIEW_1, Stack.REVIEW_2}) {
            try {
                HttpResponse<String> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/v1/applications/" + s.id + "/status?token=" + s.token))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    return "HTTP " + r.statusCode();
                }
                JsonNode json = Load.JSON.readTree(r.body());
                return json.path("status").asString("");
            } catch (java.io.IOException e) {
                // try the other replica
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return "unreachable";
    }
}
