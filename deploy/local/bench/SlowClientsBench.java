import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A benchmark-like check of the running local stack (deploy/local/run.sh), not a test (issue 15): it
 * holds S slow connections against one service, each announcing a body and sending it one byte every
 * I seconds (the attack: 200 connections, one byte every 3 s), and meanwhile asks for GET P every half
 * second for D seconds, printing the latency of those GETs and how the server ended the slow ones.
 *
 *   java deploy/local/bench/SlowClientsBench.java [port=8081] [slow=200] [seconds=30] [interval=3] [get=/] [post=/api/v1/submissions]
 *
 * Only loopback; bounded in connections and time. Before the fix each slow body held a request
 * thread for as long as it dribbled; now a body must arrive whole within http.request-body.read-deadline
 * (10 s): the slow ones are answered 408 and closed, and no request thread waits for them meanwhile.
 */
public class SlowClientsBench {

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
        int slow = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int interval = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        String getPath = args.length > 4 ? args[4] : "/";
        String postPath = args.length > 5 ? args[5] : "/api/v1/submissions";

        String head = "POST " + postPath + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{";
        List<SocketChannel> channels = new ArrayList<>();
        String[] endings = new String[slow];
        for (int i = 0; i < slow; i++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
            channels.add(channel);
        }
        System.out.printf("%d slow connections open against :%d (POST %s, one byte every %d s); GET %s every 0.5 s for %d s%n",
                slow, port, postPath, interval, getPath, seconds);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> latencies = new ArrayList<>();
        int failed = 0;
        long start = System.nanoTime();
        long nextDribble = start + interval * 1_000_000_000L;
        long heldAtEnd = 0;
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + getPath))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                } else {
                    failed++;
                }
            } catch (IOException e) {
                failed++;
            }
            poll(channels, endings);
            if (System.nanoTime() >= nextDribble) {
                for (int i = 0; i < slow; i++) {
                    if (endings[i] == null) {
                        try {
                            channels.get(i).write(ByteBuffer.wrap(new byte[] {' '}));
                        } catch (IOException e) {
                            endings[i] = "closed";
                        }
                    }
                }
                nextDribble += interval * 1_000_000_000L;
            }
            long rest = 500 - (System.nanoTime() - t0) / 1_000_000;
            if (rest > 0) {
                Thread.sleep(rest);
            }
        }
        poll(channels, endings);
        Map<String, Integer> ended = new TreeMap<>();
        for (String ending : endings) {
            ended.merge(ending == null ? "still held" : ending, 1, Integer::sum);
        }
        for (SocketChannel channel : channels) {
            channel.close();
        }
        Collections.sort(latencies);
        System.out.printf("GET %s: %d answered 200, %d failed or timed out (10 s); latency ms p50 %s, p95 %s, max %s%n",
                getPath, latencies.size(), failed, pct(latencies, 50), pct(latencies, 95),
                latencies.isEmpty() ? "-" : latencies.get(latencies.size() - 1));
        System.out.println("slow connections after " + seconds + " s: " + ended);
    }

    private static void poll(List<SocketChannel> channels, String[] endings) {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        for (int i = 0; i < channels.size(); i++) {
            if (endings[i] != null) {
                continue;
            }
            buffer.clear();
            try {
                int n = channels.get(i).read(buffer);
                if (n > 0) {
                    String text = new String(buffer.array(), 0, n, StandardCharsets.ISO_8859_1);
                    int eol = text.indexOf("\r\n");
                    endings[i] = eol > 0 ? text.substring(0, eol).trim() : text.trim();
                } else if (n < 0) {
                    endings[i] = "closed";
                }
            } catch (IOException e) {
                endings[i] = "closed";
            }
        }
    }

    private static String pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? "-" : Long.toString(sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)));
    }
}
