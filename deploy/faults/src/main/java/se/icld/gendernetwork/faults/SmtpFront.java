package se.icld.gendernetwork.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP front of the suite's own between one notification-service replica and GreenMail.
 * In {@link Mode#PASS} it relays line by line (watching the commands, never logging content).
 * The other modes inject one SMTP fault each, <em>per message</em>: the mode in force when the client
 * sends {@code MAIL FROM} decides what happens to that message, on new and on long-lived (pooled)
 * sessions alike.
 * <ul>
 * <li>{@link Mode#REFUSE}: nothing listens (connection refused), and the sessions open at that moment
 * are closed, as a server going away would;</li>
 * <li>{@link Mode#TEMP_FAIL}: answers itself {@code 451 4.3.0} to MAIL FROM (the transaction never
 * reaches GreenMail);</li>
 * <li>{@link Mode#PERM_FAIL}: answers itself {@code 550 5.1.1} to RCPT TO (likewise);</li>
 * <li>{@link Mode#DROP_AFTER_DATA}: relays the message to GreenMail (which stores it), swallows the
 * 250 and closes the connection: the client never learns the outcome;</li>
 * <li>{@link Mode#SLOW_AFTER_DATA}: relays the message, holds the 250 for {@link #SLOW_MS} (longer than
 * the client's 10 s read timeout);</li>
 * <li>{@link Mode#CRASH_AFTER_250}: relays the message; the moment GreenMail's 250 arrives, kills the
 * replica (kill -9) before passing the 250 on: GreenMail holds the message, the replica never
 * recorded it (the documented window between the server's 250 and the log write). Once per
 * {@link #armCrash}.</li>
 * </ul>
 * {@link #faulted} counts the messages a fault was applied to, {@link #crashed} the kills: a scenario
 * whose fault met no message proves nothing and says so.
 */
final class SmtpFront implements AutoCloseable {

    enum Mode { PASS, REFUSE, TEMP_FAIL, PERM_FAIL, DROP_AFTER_DATA, SLOW_AFTER_DATA, CRASH_AFTER_250 }

    /** One message GreenMail accepted (its 250 after the data): the Message-ID header and the recipients. */
    record Delivery(String messageId, List<String> recipients) {
    }

    static final int SLOW_MS = 15_000;

    private final int port;
    private final int upstreamPort;
    private final Runnable crash;
    private final ExecutorService threads = Daemons.pool("smtp-front");
    private final OpenSockets open = new OpenSockets();
    private final AtomicInteger crashes = new AtomicInteger();
    final AtomicInteger crashed = new AtomicInteger();
    /**
     * The messages the kills left in the documented window: the one whose 250 set the kill off, and each
     * other connection's message whose 250 the replica had been handed and after which it had sent no
     * command yet (it may not have written the outcome either: notification sends on several connections
     * at once). An upper bound: such a connection may be idle with its outcome written.
     */
    final AtomicInteger window = new AtomicInteger();
    private final Set<ConnectionState> live = ConcurrentHashMap.newKeySet();
    final AtomicInteger faulted = new AtomicInteger();
    final AtomicInteger closedByRefuse = new AtomicInteger();
    private volatile Mode mode = Mode.PASS;
    private ServerSocket server;
    private volatile boolean closed;

    private final List<Delivery> deliveries;

    SmtpFront(int port, int upstreamPort, Runnable crash, List<Delivery> deliveries) throws IOException {
        this.deliveries = deliveries;
        this.port = port;
        this.upstreamPort = upstreamPort;
        this.crash = crash;
        listen();
    }

    synchronized void mode(Mode next) throws IOException {
        if (next == Mode.REFUSE && server != null) {
            server.close();
            server = null;
            closedByRefuse.addAndGet(open.closeAll());
        } else if (next != Mode.REFUSE && server == null) {
            listen();
        }
        mode = next;
    }

    void armCrash(int times) {
        crashes.set(times);
    }

    private synchronized void listen() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = s;
        Thread acceptor = new Thread(() -> accept(s), "smtp-front-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket s) {
        while (!closed && !s.isClosed()) {
            try {
                Socket client = s.accept();
                open.add(client);
                threads.execute(() -> handle(client));
            } catch (IOException e) {
                // closed by mode(REFUSE) or close()
            }
        }
    }

    private void handle(Socket client) {
        try {
            client.setSoTimeout(60_000);
            relay(client);
        } catch (IOException e) {
            // the client went away
        } finally {
            open.close(client);
        }
    }

    private void relay(Socket client) throws IOException {
        Socket upstream = new Socket();
        upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 5_000);
        open.add(upstream);
        ConnectionState state = new ConnectionState(client.getOutputStream());
        live.add(state);
        try {
            threads.execute(() -> replies(upstream, client, state));
            InputStream in = new java.io.BufferedInputStream(client.getInputStream());
            OutputStream out = upstream.getOutputStream();
            boolean inData = false;
            boolean inHeaders = false;
            byte[] line;
            while ((line = readRaw(in)) != null) {
                String text = new String(line, StandardCharsets.ISO_8859_1);
                if (inData) {
                    if (text.equals(".\r\n") || text.equals(".\n")) {
                        inData = false;
                        state.awaitingDataReply = true;
                    } else if (inHeaders && text.isBlank()) {
                        inHeaders = false;
                    } else if (inHeaders && text.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                        state.messageId = text.substring(11).strip();
                    }
                } else {
                    state.handedOver = false;
                    String cmd = command(text);
                    if (cmd.equals("MAIL")) {
                        state.recipients.clear();
                        state.messageId = null;
                        state.message = mode;
                        state.answeringItself = state.message == Mode.TEMP_FAIL || state.message == Mode.PERM_FAIL;
                    }
                    if (state.answeringItself && answerItself(cmd, state)) {
                        continue;
                    }
                    if (cmd.equals("RCPT")) {
                        int lt = text.indexOf('<');
                        int gt = text.indexOf('>');
                        if (lt >= 0 && gt > lt) {
                            state.recipients.add(text.substring(lt + 1, gt));
                        }
                    } else if (cmd.equals("DATA")) {
                        inData = true;
                        inHeaders = true;
                    }
                }
                out.write(line);
                out.flush();
            }
        } finally {
            live.remove(state);
            open.close(upstream);
        }
    }

    /**
     * The transaction of a message refused by the fault, answered here so that GreenMail's session
     * stays clean for the next message on the same connection. False: relay the command.
     */
    private boolean answerItself(String cmd, ConnectionState state) throws IOException {
        boolean temporary = state.message == Mode.TEMP_FAIL;
        switch (cmd) {
            case "MAIL" -> {
                if (temporary) {
                    faulted.incrementAndGet();
                    state.reply("451 4.3.0 Temporary failure, try again later");
                } else {
                    state.reply("250 2.1.0 OK");
                }
            }
            case "RCPT" -> {
                if (temporary) {
                    state.reply("503 5.5.1 MAIL first");
                } else {
                    faulted.incrementAndGet();
                    state.reply("550 5.1.1 Mailbox unavailable");
                }
            }
            case "DATA" -> state.reply("554 5.5.1 No valid recipients");
            case "RSET" -> {
                state.answeringItself = false;
                state.reply("250 2.0.0 OK");
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void replies(Socket upstream, Socket client, ConnectionState state) {
        try {
            InputStream in = new java.io.BufferedInputStream(upstream.getInputStream());
            byte[] line;
            while ((line = readRaw(in)) != null) {
                String text = new String(line, StandardCharsets.ISO_8859_1);
                boolean finalLine = text.length() < 4 || text.charAt(3) != '-';
                if (state.awaitingDataReply && finalLine) {
                    state.awaitingDataReply = false;
                    boolean delivered = text.startsWith("250");
                    if (delivered) {
                        deliveries.add(new Delivery(state.messageId, List.copyOf(state.recipients)));
                    }
                    Mode m = state.message;
                    if (m == Mode.DROP_AFTER_DATA) {
                        faulted.incrementAndGet();
                        open.close(client, upstream);
                        return;
                    }
                    if (m == Mode.SLOW_AFTER_DATA) {
                        faulted.incrementAndGet();
                        Thread.sleep(SLOW_MS);
                    }
                    if (m == Mode.CRASH_AFTER_250 && delivered && crashes.getAndDecrement() > 0) {
                        crashed.incrementAndGet();
                        window.addAndGet(1 + (int) live.stream().filter(other -> other != state && other.handedOver).count());
                        crash.run();
                        open.close(client, upstream);
                        return;
                    }
                    // Before the replica can read it: a kill on another connection meanwhile counts it.
                    state.handedOver = delivered;
                    state.relay(line);
                    continue;
                }
                state.relay(line);
            }
        } catch (IOException e) {
            // one side went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.close(client, upstream);
        }
    }

    /** One client connection: the message under way and the one writer of replies to the client. */
    private static final class ConnectionState {
        private final OutputStream toClient;
        volatile boolean awaitingDataReply;
        /** The replica has this message's 250 and has sent no command since. */
        volatile boolean handedOver;
        volatile String messageId;
        /** The mode in force when this message's MAIL FROM came. */
        volatile Mode message = Mode.PASS;
        /** The fault answers this message's transaction itself (until RSET or the next MAIL FROM). */
        volatile boolean answeringItself;
        final List<String> recipients = new java.util.concurrent.CopyOnWriteArrayList<>();

        ConnectionState(OutputStream toClient) {
            this.toClient = toClient;
        }

        synchronized void reply(String line) throws IOException {
            write(toClient, line);
        }

        synchronized void relay(byte[] line) throws IOException {
            toClient.write(line);
            toClient.flush();
        }
    }

    private static String command(String line) {
        String s = line.strip();
        int space = s.indexOf(' ');
        String cmd = space < 0 ? s : s.substring(0, space);
        if (cmd.contains(":")) {
            cmd = cmd.substring(0, cmd.indexOf(':'));
        }
        return cmd.toUpperCase(Locale.ROOT);
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One line including its line end, or null at the end of the stream. */
    private static byte[] readRaw(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // nothing to do
        }
        open.closeAll();
        threads.shutdownNow();
    }
}
