package se.icld.gendernetwork.localinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP inbox (JDK {@code com.sun.net.httpserver}) over the messages GreenMail received:
 * <ul>
 * <li>{@code GET /}: an HTML page, newest first; each message expands to its plain-text body;</li>
 * <li>{@code GET /api/messages}: a JSON array of {@link Mail}, newest first; {@code ?to=text} keeps those
 * with a recipient address containing {@code text} (ignoring case);</li>
 * <li>{@code GET /api/messages/count}: {@code {"count": n}}, how many messages there are (the same
 * {@code ?to=}): a benchmark polling for its mails asks this, not for every body;</li>
 * <li>{@code DELETE /api/messages}: deletes every message.</li>
 * </ul>
 */
final class MailInbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailInbox.class);

    private static final DateTimeFormatter DISPLAY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private static final Pattern URL = Pattern.compile("https?://(?:(?!&quot;|&#39;|&lt;|&gt;)[^\\s<>\"'])+");

    /**
     * One received message. {@code date} is when the SMTP server received it (ISO-8601, UTC);
     * {@code text} is the plain-text body (the text/plain part of a multipart message) or null;
     * {@code html} the HTML body or null; both with LF line ends. Addresses are bare ({@code someone@example.org}).
     */
    record Mail(String messageId, String from, List<String> to, String subject, String date, String text,
            String html) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final GreenMail greenMail;
    private final JsonMapper json = JsonMapper.builder().build();
    /**
     * Each received message as read once, with its JSON: a message does not change once stored, and the
     * page and the API list every message on every request (a benchmark polling the API several times a
     * second would otherwise decode thousands of bodies each time, taking the CPU the MongoDB wire server
     * in this process needs). Weak keys: a purged message is dropped with GreenMail's copy.
     */
    private final Map<MimeMessage, Read> read = Collections.synchronizedMap(new WeakHashMap<>());

    private record Read(Mail mail, String json) {
    }

    private MailInbox(HttpServer server, ExecutorService executor, GreenMail greenMail) {
        this.server = server;
        this.executor = executor;
        this.greenMail = greenMail;
    }

    static MailInbox start(InetSocketAddress address, GreenMail greenMail) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "mail-inbox-http");
            thread.setDaemon(true);
            return thread;
        });
        MailInbox inbox = new MailInbox(server, executor, greenMail);
        server.createContext("/", inbox::handle);
        server.setExecutor(executor);
        server.start();
        log.info("mail inbox on http://{}:{}/", address.getHostString(), inbox.port());
        return inbox;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            respond(exchange);
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/") || path.equals("/index.html")) {
                if (method.equals("GET")) {
                    send(exchange, 200, "text/html; charset=utf-8", page(messages(), port()));
                } else {
                    notAllowed(exchange, "GET");
                }
            } else if (path.equals("/api/messages")) {
                if (method.equals("GET")) {
                    send(exchange, 200, "application/json",
                            "[" + String.join(",", readTo(exchange).stream().map(Read::json).toList()) + "]");
                } else if (method.equals("DELETE")) {
                    greenMail.purgeEmailFromAllMailboxes();
                    read.clear();
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    notAllowed(exchange, "GET, DELETE");
                }
            } else if (path.equals("/api/messages/count")) {
                if (method.equals("GET")) {
                    send(exchange, 200, "application/json", "{\"count\":" + readTo(exchange).size() + "}");
                } else {
                    notAllowed(exchange, "GET");
                }
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found\n");
            }
        } catch (RuntimeException | FolderException | MessagingException e) {
            log.warn("inbox request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            send(exchange, 500, "text/plain; charset=utf-8", "Error: " + e + "\n");
        }
    }

    private static void notAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n");
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Every received message once, newest first. GreenMail stores one copy per recipient mailbox,
     * so copies are merged by their MimeMessage instance and by Message-ID.
     */
    List<Mail> messages() throws MessagingException {
        return readAll().stream().map(Read::mail).toList();
    }

    /** Every message, or with {@code ?to=text} those with a recipient containing {@code text} (ignoring case). */
    private List<Read> readTo(HttpExchange exchange) throws MessagingException {
        String to = queryParameter(exchange, "to");
        if (to == null || to.isEmpty()) {
            return readAll();
        }
        String part = to.toLowerCase(Locale.ROOT);
        return readAll().stream()
                .filter(r -> r.mail().to().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(part)))
                .toList();
    }

    private static String queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private List<Read> readAll() throws MessagingException {
        List<StoredMessage> stored = new ArrayList<>(greenMail.getManagers().getImapHostManager().getAllMessages());
        stored.sort(Comparator.comparing(MailInbox::receivedAt).thenComparing(StoredMessage::getUid).reversed());
        Set<MimeMessage> seenInstances = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> seenIds = new HashSet<>();
        List<Read> mails = new ArrayList<>();
        for (StoredMessage message : stored) {
            MimeMessage mime = message.getMimeMessage();
            Read known = read.get(mime);
            String messageId = known != null ? known.mail().messageId() : mime.getMessageID();
            if (!seenInstances.add(mime) || (messageId != null && !seenIds.add(messageId))) {
                continue;
            }
            if (known == null) {
                Mail mail = toMail(mime, message);
                known = new Read(mail, json.writeValueAsString(mail));
                read.put(mime, known);
            }
            mails.add(known);
        }
        return mails;
    }

    private static Mail toMail(MimeMessage mime, StoredMessage stored) throws MessagingException {
        Bodies bodies = new Bodies();
        try {
            bodies.collect(mime);
        } catch (IOException e) {
            bodies.text = "(cannot read the body: " + e + ")";
        }
        Address[] from = mime.getFrom();
        return new Mail(mime.getMessageID(),
                from == null || from.length == 0 ? null : bare(from[0]),
                addresses(mime.getRecipients(Message.RecipientType.TO)),
                mime.getSubject(),
                receivedAt(stored).toString(),
                bodies.text, bodies.html);
    }

    private static Instant receivedAt(StoredMessage message) {
        return message.getReceivedDate() == null ? Instant.EPOCH : message.getReceivedDate().toInstant();
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> result = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                result.add(bare(address));
            }
        }
        return result;
    }

    private static String bare(Address address) {
        return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
    }

    /** The first text/plain and the first text/html body, searched depth-first; attachments skipped. */
    private static final class Bodies {
        String text;
        String html;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = unixNewlines(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = unixNewlines(part.getContent());
            }
        }

        /** SMTP carries CRLF line ends; the inbox shows the text as it was written (LF). */
        private static String unixNewlines(Object content) {
            return String.valueOf(content).replace("\r\n", "\n");
        }
    }

    private static String page(List<Mail> mails, int port) {
        StringBuilder html = new StringBuilder(4096);
        html.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Local inbox</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 1.5rem; max-width: 70rem; }
                summary { cursor: pointer; padding: .4rem 0; }
                details { border-bottom: 1px solid #ddd; }
                .date { color: #555; font-variant-numeric: tabular-nums; }
                .to { color: #225; }
                pre { white-space: pre-wrap; background: #f6f6f6; padding: .8rem; margin: 0 0 .8rem; }
                .meta { color: #555; font-size: .9em; margin: .2rem 0 .4rem; }
                </style>
                </head>
                <body>
                <h1>Local inbox</h1>
                """);
        html.append("<p>").append(mails.size()).append(mails.size() == 1 ? " message" : " messages")
                .append(", newest first. <a href=\"/\">Reload</a> · <a href=\"/api/messages\">JSON</a>"
                        + " · clear with <code>curl -X DELETE http://127.0.0.1:")
                .append(port).append("/api/messages</code></p>\n");
        for (Mail mail : mails) {
            html.append("<details>\n<summary><span class=\"date\">")
                    .append(escape(DISPLAY_TIME.format(Instant.parse(mail.date()))))
                    .append("</span> · <span class=\"to\">").append(escape(String.join(", ", mail.to())))
                    .append("</span> · <strong>").append(escape(mail.subject() == null ? "(no subject)" : mail.subject()))
                    .append("</strong></summary>\n<div class=\"meta\">From: ").append(escape(String.valueOf(mail.from())))
                    .append(" · Message-ID: ").append(escape(String.valueOf(mail.messageId())))
                    .append(mail.html() == null ? "" : " · has an HTML part").append("</div>\n<pre>")
                    .append(mail.text() == null ? "(no plain-text part)" : linkify(escape(mail.text())))
                    .append("</pre>\n</details>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Makes the http(s) links of already escaped text clickable (the escaped text has no quotes or angle brackets). */
    private static String linkify(String escaped) {
        Matcher matcher = URL.matcher(escaped);
        StringBuilder out = new StringBuilder(escaped.length());
        while (matcher.find()) {
            String url = matcher.group();
            String trailing = "";
            while (!url.isEmpty() && ".,;:!?)]".indexOf(url.charAt(url.length() - 1)) >= 0) {
                trailing = url.charAt(url.length() - 1) + trailing;
                url = url.substring(0, url.length() - 1);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    "<a href=\"" + url + "\">" + url + "</a>" + trailing));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
