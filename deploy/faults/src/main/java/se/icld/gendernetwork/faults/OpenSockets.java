package se.icld.gendernetwork.faults;

import java.io.IOException;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connections a front or proxy holds open, so that a fault (or the end of the run) can cut them
 * all at once; a connection leaves the set when it is closed.
 */
final class OpenSockets {

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    void add(Socket... sockets) {
        for (Socket s : sockets) {
            open.add(s);
        }
    }

    /** Closes each socket (a failure to close changes nothing here) and forgets it. */
    void close(Socket... sockets) {
        for (Socket s : sockets) {
            open.remove(s);
            try {
                s.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }

    /** Closes every socket open now; returns how many. */
    int closeAll() {
        int closed = 0;
        for (Socket s : open) {
            close(s);
            closed++;
        }
        return closed;
    }
}
