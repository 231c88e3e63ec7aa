package se.icld.gendernetwork.intake;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Clients that announce a body and then send it one byte per {@code interval}, as the attack in issue 15
 * did (one byte every 3 s): each connection sends its request head and one byte of the body, then one
 * more byte each tick, and notes how the server ended it (a status line, or the connection closed).
 * One scheduler thread drives them all (non-blocking channels), so they cost the test almost nothing.
 */
public final class SlowClients implements AutoCloseable {

    private static final int BODY_LENGTH = 4000;

    private final List<Slow> clients = new ArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "slow-clients");
        thread.setDaemon(true);
        return thread;
    });

    private SlowClients() {
    }

    /** Opens {@code count} connections to {@code path} on localhost:{@code port}, each dribbling its body. */
    public static SlowClients open(int port, String path, String contentType, int count, Duration interval) throws IOException {
        SlowClients slow = new SlowClients();
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + BODY_LENGTH + "\r\n\r\n{";
        for (int i = 0; i < count; i++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("localhost", port));
            channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
            slow.clients.add(new Slow(channel));
        }
        slow.ticker.scheduleWithFixedDelay(slow::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return slow;
    }

    /** How many the server has ended (answered or closed). */
    public synchronized long ended() {
        return clients.stream().filter(c -> c.ending != null).count();
    }

    /** How each one was ended: its status line, {@code closed}, or null while it is still held. */
    public synchronized List<String> endings() {
        poll();
        return clients.stream().map(c -> c.ending).toList();
    }

    private synchronized void tick() {
        poll();
        for (Slow client : clients) {
            if (client.ending == null) {
                try {
                    client.channel.write(ByteBuffer.wrap(new byte[] {' '}));
                } catch (IOException e) {
                    client.ending = "closed";
                }
            }
        }
    }

    private void poll() {
        for (Slow client : clients) {
            if (client.ending == null) {
                client.read();
            }
        }
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        for (Slow client : clients) {
            try {
                client.channel.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private static final class Slow {

        final SocketChannel channel;
        final StringBuilder received = new StringBuilder();
        String ending;

        Slow(SocketChannel channel) {
            this.channel = channel;
        }

        void read() {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            try {
                int n = channel.read(buffer);
                if (n > 0) {
                    received.append(new String(buffer.array(), 0, n, StandardCharsets.ISO_8859_1));
                    int eol = received.indexOf("\r\n");
                    if (eol > 0) {
                        ending = received.substring(0, eol);
                    }
                } else if (n < 0) {
                    ending = "closed";
                }
            } catch (IOException e) {
                ending = "closed";
            }
        }
    }
}
