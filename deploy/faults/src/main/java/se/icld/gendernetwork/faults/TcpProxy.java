package se.icld.gendernetwork.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A TCP proxy on 127.0.0.1 between the services and the broker, degrading the network on demand:
 * {@link #latency} delays every chunk in both directions (order kept: one pump per direction);
 * {@link #loss} stalls a chunk as a lost-and-retransmitted TCP segment would (200–1,000 ms) and, rarely,
 * resets the connection. It stands in for {@code tc netem}, which this machine's kernel lacks.
 */
final class TcpProxy implements AutoCloseable {

    private final int port;
    private final int targetPort;
    private final ExecutorService pumps = Daemons.pool("proxy-pump");
    private final OpenSockets open = new OpenSockets();
    private final ServerSocket server;
    volatile int latency;       // ms added to each chunk
    volatile double loss;       // probability per chunk of a stall
    volatile double resetRate;  // probability per chunk of a connection reset
    private volatile boolean closed;

    TcpProxy(int port, int targetPort) throws IOException {
        this.port = port;
        this.targetPort = targetPort;
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread acceptor = new Thread(this::accept, "proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    void clean() {
        latency = 0;
        loss = 0;
        resetRate = 0;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                pumps.execute(() -> connect(client));
            } catch (IOException e) {
                if (!closed) {
                    Log.say("proxy %d: accept failed: %s", port, e.getClass().getSimpleName());
                }
            }
        }
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
        } catch (IOException e) {
            open.close(client, upstream);
            return;
        }
        open.add(client, upstream);
        pumps.execute(() -> pump(client, upstream));
        pumps.execute(() -> pump(upstream, client));
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                int delay = latency;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                if (loss > 0 && random.nextDouble() < loss) {
                    delay += 200 + random.nextInt(800);
                }
                if (resetRate > 0 && random.nextDouble() < resetRate) {
                    from.setSoLinger(true, 0);
                    break;
                }
                if (delay > 0) {
                    Thread.sleep(delay);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the other side went away: close both
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.close(from, to);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // nothing to do
        }
        open.closeAll();
        pumps.shutdownNow();
    }
}
