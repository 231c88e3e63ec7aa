package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.web.pages.FailingPageForTests;

/** The console and status pages over plain HTTP: sign-in, roles, CSRF, 404s, headers, languages. */
class ConsolePagesIntegrationTest extends PageTestSupport {

    @Autowired
    private Applications applications;

    @Test
    void theConsoleAsksForSignInWithItsOwnLoginPage() {
        PageClient anonymous = new PageClient(port);

        HttpResponse<String> console = anonymous.get("/console");
        HttpResponse<String> detail = anonymous.get("/console/applications/" + UUID.randomUUID());
        HttpResponse<String> login = anonymous.get("/console/login?lang=sv");

        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login"));
        assertThat(detail.statusCode()).isEqualTo(302);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Logga in", "lang=\"sv\"", "name=\"_csrf\"");
    }

    @Test
    void wrongPasswordShowsTheLoginPageWithAnError() {
        PageClient client = new PageClient(port);
        String page = client.get("/console/login").body();

        HttpResponse<String> failed = client.postWithCsrf("/console/login", page,
                Map.of("username", "alice", "password", "wrong"));

        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/console/login?error");
        assertThat(client.get("/console/login?error").body()).contains("Usuario o contraseña incorrectos.");
    }

    @Test
    void aUserWithoutTheReviewerRoleIsForbidden() {
        PageClient auditor = new PageClient(port);
        auditor.login("auditor");

        HttpResponse<String> console = auditor.get("/console");

        assertThat(console.statusCode()).isEqualTo(403);
        assertThat(console.body()).contains("Acceso denegado");
        PageClient admin = new PageClient(port);
        admin.login("admin");
        HttpResponse<String> adminQueue = admin.get("/console");
        assertThat(adminQueue.statusCode()).isEqualTo(200);
        assertThat(adminQueue.body()).as("the admin menu").contains("id=\"api-docs\"", "Documento de la API");
        PageClient reviewer = new PageClient(port);
        reviewer.login("alice");
        assertThat(reviewer.get("/console").body()).as("no admin menu for a reviewer").doesNotContain("api-docs");
    }

    @Test
    void consoleFormsAreRejectedWithoutTheCsrfToken() {
        UUID id = registerApplication();
        PageClient alice = new PageClient(port);
        HttpResponse<String> signedIn = alice.login("alice");
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/console");
        String page = alice.get("/console/applications/" + id).body();

        HttpResponse<String> withoutToken = alice.post("/console/applications/" + id + "/claim", Map.of());
        HttpResponse<String> forgedToken = alice.post("/console/applications/" + id + "/claim", Map.of("_csrf", "forged"));
        HttpResponse<String> noteWithout = alice.post("/console/applications/" + id + "/notes", Map.of("text", "x"));
        HttpResponse<String> logoutWithout = alice.post("/console/logout", Map.of());

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(forgedToken.statusCode()).isEqualTo(403);
        assertThat(noteWithout.statusCode()).isEqualTo(403);
        assertThat(logoutWithout.statusCode()).isEqualTo(403);
        assertThat(alice.get("/console/applications/" + id).body()).contains("Nadie tiene esta solicitud reservada.");

        HttpResponse<String> withToken = alice.postWithCsrf("/console/applications/" + id + "/claim", page, Map.of());

        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location").orElseThrow()).endsWith("/console/applications/" + id);
        assertThat(alice.get("/console/applications/" + id).body()).contains("Usted tiene esta solicitud reservada");
    }

    @Test
    void aRefusedChangeIsA409WithTheReasonInTheReviewersLanguage() {
        UUID id = registerApplication();
        PageClient alice = new PageClient(port);
        alice.login("alice");
        alice.postWithCsrf("/console/applications/" + id + "/claim", alice.get("/console/applications/" + id).body(),
                Map.of());
        PageClient bob = new PageClient(port);
        bob.login("bob");
        String page = bob.get("/console/applications/" + id + "?lang=en").body();

        HttpResponse<String> decide = bob.postWithCsrf("/console/applications/" + id + "/decision", page,
                Map.of("outcome", "ACCEPTED", "message", "Welcome"));
        HttpResponse<String> claim = bob.postWithCsrf("/console/applications/" + id + "/claim", page, Map.of());

        assertThat(decide.statusCode()).isEqualTo(409);
        assertThat(decide.body()).contains("Another reviewer, alice, holds this application until");
        assertThat(claim.statusCode()).isEqualTo(409);
        assertThat(claim.body()).contains("Another reviewer, alice, holds this application until");
        HttpResponse<String> noOutcome = bob.postWithCsrf("/console/applications/" + id + "/decision", page,
                Map.of("message", "Welcome"));
        assertThat(noOutcome.statusCode()).isEqualTo(400);
        assertThat(noOutcome.body()).contains("Choose an outcome.");
    }

    @Test
    void theQueueIsOldestFirstWithAgesAndPages() {
        String municipality = unique("Vaupés");
        List<UUID> oldestFirst = new ArrayList<>();
        for (int i = 0; i < ConsoleController.PAGE_SIZE + 1; i++) {
            oldestFirst.add(0, registerApplication(unique("Solicitante"), municipality, "es", Duration.ofHours(i + 1)));
        }
        PageClient alice = new PageClient(port);
        alice.login("alice");

        String first = alice.get("/console?municipality=" + municipality.replace(" ", "+") + "&lang=en").body();

        assertThat(first).contains("21 applications, oldest first", "Page 1 of 2", "21 h 0 min", "rel=\"next\"");
        assertThat(rowIds(first)).containsExactlyElementsOf(oldestFirst.subList(0, ConsoleController.PAGE_SIZE));
        Matcher next = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first);
        assertThat(next.find()).isTrue();
        String second = alice.get(next.group(1).replace("&amp;", "&")).body();
        assertThat(second).contains("Page 2 of 2", "1 h 0 min");
        assertThat(rowIds(second)).containsExactly(oldestFirst.get(ConsoleController.PAGE_SIZE));
    }

    private static List<UUID> rowIds(String html) {
        Matcher m = Pattern.compile("data-id=\"([0-9a-f-]{36})\"").matcher(html);
        List<UUID> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(UUID.fromString(m.group(1)));
        }
        return ids;
    }

    @Test
    void theDetailShowsEmailDeliveriesAndNotesWhichTheApplicantNeverSees() {
        UUID id = registerApplication();
        applications.appendOnce(id, new HistoryEntry(HistoryAction.EMAIL_FAILED, null, Instant.now(), "notification-service",
                "receipt (es): 550 mailbox unavailable", UUID.randomUUID().toString()));
        PageClient alice = new PageClient(port);
        alice.login("alice");
        String page = alice.get("/console/applications/" + id).body();

        HttpResponse<String> noted = alice.postWithCsrf("/console/applications/" + id + "/notes", page,
                Map.of("text", "Llamar a la alcaldía antes de decidir."));

        assertThat(noted.statusCode()).isEqualTo(302);
        String detail = alice.get(noted.headers().firstValue("Location").orElseThrow().replace(url(""), "")).body();
        assertThat(detail).contains("La nota quedó guardada.", "Llamar a la alcaldía antes de decidir.",
                "Correo fallido", "Acuse de recibo (Español): 550 mailbox unavailable", "servicio de notificaciones");
        String status = new PageClient(port).get("/status/" + id + "?token=" + token(id)).body();
        // "550 mailbox", not "550": the application's id or the CSRF token in the page may contain 550.
        assertThat(status).doesNotContain("Llamar a la alcaldía", "550 mailbox", "Correo", "alice");
    }

    @Test
    void anUnknownApplicationIsTheNotFoundPage() {
        PageClient alice = new PageClient(port);
        alice.login("alice");

        HttpResponse<String> unknown = alice.get("/console/applications/" + UUID.randomUUID());
        HttpResponse<String> malformed = alice.get("/console/applications/not-an-id");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No encontrado");
        assertThat(malformed.statusCode()).isEqualTo(404);
    }

    @Test
    void everyPageCarriesTheStrictContentSecurityPolicy() {
        UUID id = registerApplication();
        PageClient visitor = new PageClient(port);
        String policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        for (String path : new String[] {"/console/login", "/status/" + id + "?token=" + token(id), "/no-such-page"}) {
            assertThat(visitor.get(path, "Accept", "text/html").headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(policy);
        }
        PageClient reviewer = new PageClient(port);
        reviewer.login("alice");
        assertThat(reviewer.get("/console").headers().firstValue("Content-Security-Policy")).hasValue(policy);
    }

    @Test
    void theSignInRedirectIsRelativeSoNoHostHeaderIsReflected() {
        HttpResponse<String> redirect = new PageClient(port).get("/console", "X-Forwarded-Host", "evil.example.org");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("/console/login").doesNotContain("evil"));
    }

    @Test
    void theStatusPageIsInTheApplicantsLanguageUnlessLangSaysOtherwiseWithoutReferrer() {
        UUID id = registerApplication(unique("Anna Berg"), unique("Florida"), "sv", Duration.ofHours(2));
        PageClient applicant = new PageClient(port);

        HttpResponse<String> own = applicant.get("/status/" + id + "?token=" + token(id));
        HttpResponse<String> english = applicant.get("/status/" + id + "?token=" + token(id) + "&lang=en");
        HttpResponse<String> unknown = applicant.get("/status/" + id + "?token=" + token(id) + "&lang=de");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(own.body()).contains("lang=\"sv\"", "Din ansökan", "GEN-7K3Q-9XDA", "Mottagen", "Återkalla ansökan")
                .doesNotContain("Anna Berg", "maria.lopez@example.org", "system");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("lang=\"en\"", "Your application", "Received", "We received your application.")
                .doesNotContain("Din ansökan", "Anna Berg");
        assertThat(unknown.body()).contains("lang=\"sv\"", "Din ansökan");
    }

    @Test
    void unknownAddressesAndPostOnlyAddressesAreErrorPagesInTheVisitorsLanguage() {
        UUID id = registerApplication();
        PageClient visitor = new PageClient(port);

        HttpResponse<String> unknown = visitor.get("/no-such-page", "Accept", "text/html", "Accept-Language", "sv-SE,sv;q=0.9");
        HttpResponse<String> unknownStatus = visitor.get("/status/" + id + "/no-such-page?lang=en", "Accept", "text/html");
        HttpResponse<String> getOfAForm = visitor.get("/status/" + id + "/information", "Accept", "text/html");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(unknown.body()).contains("lang=\"sv\"", "Hittades inte", "name=\"description\"");
        assertThat(unknownStatus.statusCode()).isEqualTo(404);
        assertThat(unknownStatus.body()).contains("lang=\"en\"", "Not found");
        assertThat(getOfAForm.statusCode()).isEqualTo(405);
        assertThat(getOfAForm.body()).contains("lang=\"es\"", "Esta dirección solo recibe formularios");
    }

    @Test
    void theApiKeepsItsJsonProblems() {
        PageClient client = new PageClient(port);

        HttpResponse<String> unknown = client.get("/api/v1/applications/" + UUID.randomUUID() + "/status?token=x",
                "Accept", "application/json");
        HttpResponse<String> noSuchEndpoint = client.get("/api/v1/applications/" + UUID.randomUUID() + "/nothing",
                "Accept", "application/json");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(noSuchEndpoint.statusCode()).isEqualTo(404);
        assertThat(noSuchEndpoint.headers().firstValue("Content-Type").orElseThrow()).contains("json");
        assertThat(noSuchEndpoint.body()).doesNotContain("<html");
    }

    @Test
    void aPageThatFailsIsThe500PageInTheVisitorsLanguage() {
        HttpResponse<String> failed = new PageClient(port).get(FailingPageForTests.PATH + "?lang=en", "Accept", "text/html");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("lang=\"en\"", "Something went wrong")
                .doesNotContain(FailingPageForTests.SECRET, "Exception", "Whitelabel");
    }

    @Test
    void textIsCompressedForClientsThatAskForIt() throws java.io.IOException {
        UUID id = registerApplication();
        PageClient applicant = new PageClient(port);

        HttpResponse<byte[]> page = applicant.getBytes("/status/" + id + "?token=" + token(id), "Accept-Encoding", "gzip");
        HttpResponse<byte[]> css = applicant.getBytes("/review.css", "Accept-Encoding", "gzip");

        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("GEN-7K3Q-9XDA");
        }
    }

    @Test
    void everyPageHasADescriptionAndAnInlineIcon() {
        UUID id = registerApplication();
        PageClient alice = new PageClient(port);
        String login = alice.get("/console/login").body();
        alice.login("alice");

        for (String page : List.of(login, alice.get("/console").body(), alice.get("/console/applications/" + id).body(),
                new PageClient(port).get("/status/" + id + "?token=" + token(id)).body())) {
            assertThat(page).containsPattern("<meta name=\"description\" content=\"[^\"]{20,}\">")
                    .contains("<link rel=\"icon\" href=\"data:image/svg+xml,");
        }
    }

    @Test
    void aWrongOrMissingTokenIsTheSameNotFoundPageAsAnUnknownId() {
        UUID id = registerApplication();
        PageClient applicant = new PageClient(port);

        HttpResponse<String> wrong = applicant.get("/status/" + id + "?token=" + token(UUID.randomUUID()));
        HttpResponse<String> missing = applicant.get("/status/" + id);
        HttpResponse<String> unknown = applicant.get("/status/" + UUID.randomUUID() + "?token=" + token(id));
        HttpResponse<String> malformed = applicant.get("/status/nonsense?token=" + token(id));

        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).isEqualTo(unknown.body()).isEqualTo(missing.body()).contains("No encontrado");
        assertThat(wrong.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void applicantFormsNeedTheCsrfTokenOfTheirSession() {
        UUID id = registerApplication();
        PageClient applicant = new PageClient(port);
        String page = applicant.get("/status/" + id + "?token=" + token(id)).body();

        HttpResponse<String> withoutCsrf = applicant.post("/status/" + id + "/withdrawal",
                Map.of("token", token(id), "confirm", "true"));
        HttpResponse<String> otherSession = new PageClient(port).postWithCsrf("/status/" + id + "/withdrawal", page,
                Map.of("token", token(id), "confirm", "true"));
        HttpResponse<String> unconfirmed = applicant.postWithCsrf("/status/" + id + "/withdrawal", page,
                Map.of("token", token(id)));
        HttpResponse<String> wrongToken = applicant.postWithCsrf("/status/" + id + "/withdrawal", page,
                Map.of("token", token(UUID.randomUUID()), "confirm", "true"));

        assertThat(withoutCsrf.statusCode()).isEqualTo(403);
        assertThat(otherSession.statusCode()).isEqualTo(403);
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("Marque la casilla");
        assertThat(wrongToken.statusCode()).isEqualTo(404);
        assertThat(applicant.get("/status/" + id + "?token=" + token(id)).body()).contains("Recibida");

        HttpResponse<String> withdrawn = applicant.postWithCsrf("/status/" + id + "/withdrawal", page,
                Map.of("token", token(id), "confirm", "true"));

        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(withdrawn.headers().firstValue("Location").orElseThrow())
                .endsWith("/status/" + id + "?token=" + token(id));
        String after = applicant.get("/status/" + id + "?token=" + token(id)).body();
        assertThat(after).contains("Retirada", "Su solicitud fue retirada.").doesNotContain("id=\"withdraw\"");
    }
}
