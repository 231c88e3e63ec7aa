package se.icld.gendernetwork.faults;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Threads of the suite's own network pieces (SMTP fronts, the broker proxy): daemons, so they never keep the run alive. */
final class Daemons {

    private Daemons() {
    }

    static ExecutorService pool(String name) {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
