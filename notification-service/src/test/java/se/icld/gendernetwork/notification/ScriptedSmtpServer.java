package se.icld.gendernetwork.notification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A small but real SMTP server on a socket, for the failure paths: it answers each recipient's
 * {@code RCPT TO} and end of {@code DATA} with scripted replies (e.g. {@code 451}, then {@code 550}),
 * and {@code 250} once a script is used up; it can be stopped (the port then refuses connections)
 * and started again on the same port. It keeps what it accepted byte for byte.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    /** An accepted message: the envelope recipients and the message as it came over the wire. */
    public record Received(List<String> recipients, byte[] raw) {

        public MimeMessage message() {
            try {
                return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        public String messageId() {
            try {
                return message().getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The header block, unfolded lines as sent. */
        public String headers() {
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }
    }

    /**
     * A scripted reply to the end of {@code DATA} that is no reply: the server keeps the message (as if
     * it had accepted it) and drops the connection before answering, so the client cannot know.
     */
    public static final String NO_REPLY = "(no reply)";

    private final Map<String, Deque<String>> rcptReplies = new ConcurrentHashMap<>();
    private final Map<String, Deque<String>> dataReplies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> rcptCommands = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private int port;

    /** Listens on 127.0.0.1: a free port the first time, the same port after a {@link #stop()}. */
    public synchronized ScriptedSmtpServer start() {
        if (server != null) {
            return this;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = socket.getLocalPort();
            server = socket;
            Thread acceptor = new Thread(() -> accept(socket), "scripted-smtp-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the port and every open connection: clients now get "connection refused". */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        closeQuietly(server);
        server = null;
        connections.forEach(ScriptedSmtpServer::closeQuietly);
        connections.clear();
    }

    /** Closes every open connection but keeps listening, as a server does with clients idle for too long. */
    public void dropConnections() {
        connections.forEach(ScriptedSmtpServer::closeQuietly);
        connections.clear();
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    /** Replies to the next {@code RCPT TO:<address>} commands, one each, e.g. {@code "451 4.3.0 Try later"}. */
    public void replyToRecipient(String address, String... replies) {
        enqueue(rcptReplies, address, replies);
    }

    /** Replies to the next ends of {@code DATA} of messages to {@code address}, one each. */
    public void replyToData(String address, String... replies) {
        enqueue(dataReplies, address, replies);
    }

    /** How many times a client asked to send to {@code address} ({@code RCPT TO}), whatever the reply. */
    public int recipientCommands(String address) {
        AtomicInteger count = rcptCommands.get(key(address));
        return count == null ? 0 : count.get();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedFor(String address) {
        return received.stream().filter(r -> r.recipients().contains(key(address))).toList();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.add(client);
                Thread session = new Thread(() -> converse(client), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return; // stopped
            }
        }
    }

    private void converse(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            reply(out, "220 scripted.test ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = readLine(in)) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 scripted.test");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> {
                        String address = key(line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')));
                        rcptCommands.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
                        String answer = next(rcptReplies, address, "250 2.1.5 OK");
                        if (answer.startsWith("2")) {
                            recipients.add(address);
                        }
                        reply(out, answer);
                    }
                    case "DATA" -> {
                        if (recipients.isEmpty()) {
                            reply(out, "503 5.5.1 No valid recipients");
                            continue;
                        }
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        byte[] raw = readData(in);
                        String answer = next(dataReplies, recipients.get(0), "250 2.0.0 Accepted");
                        if (NO_REPLY.equals(answer)) {
                            received.add(new Received(List.copyOf(recipients), raw));
                            return;
                        }
                        if (answer.startsWith("2")) {
                            received.add(new Received(List.copyOf(recipients), raw));
                        }
                        recipients.clear();
                        reply(out, answer);
                    }
                    case "RSET" -> {
                        recipients.clear();
                        reply(out, "250 2.0.0 OK");
                    }
                    case "NOOP" -> reply(out, "250 2.0.0 OK");
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 Command not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away, or the server was stopped
        } finally {
            connections.remove(client);
        }
    }

    private static byte[] readData(InputStream in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        String line;
        while ((line = readLine(in)) != null && !line.equals(".")) {
            String unstuffed = line.startsWith(".") ? line.substring(1) : line;
            message.write(unstuffed.getBytes(StandardCharsets.ISO_8859_1));
            message.write('\r');
            message.write('\n');
        }
        return message.toByteArray();
    }

    /** One line without its CRLF, bytes kept as ISO-8859-1 chars; null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return null;
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void enqueue(Map<String, Deque<String>> replies, String address, String... answers) {
        Deque<String> queue = replies.computeIfAbsent(key(address), a -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(answers));
        }
    }

    private static String next(Map<String, Deque<String>> replies, String address, String otherwise) {
        Deque<String> queue = replies.get(address);
        if (queue == null) {
            return otherwise;
        }
        synchronized (queue) {
            String answer = queue.poll();
            return answer == null ? otherwise : answer;
        }
    }

    private static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
