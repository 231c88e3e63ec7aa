package se.icld.gendernetwork.review.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/** Records the team's looks at applicants' data ({@link Accesses}) with the service's clock. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccessRecords {

    /** An export's ids are recorded this many to a document. */
    static final int CHUNK = 1000;

    private final Accesses accesses;
    private final Clock clock;

    /** {@code by} opened the application's detail. */
    public void viewed(UUID applicationId, String by) {
        accesses.record(new Access(Instant.now(clock), by, Access.Kind.VIEWED, List.of(applicationId.toString())));
    }

    /** An export by {@code by}: give it each application written; call {@link Export#close()} at the end. */
    public Export export(String by) {
        return new Export(by, Instant.now(clock));
    }

    /** The ids of one export, recorded a chunk at a time. */
    public final class Export implements AutoCloseable {

        private final String by;
        private final Instant at;
        private final List<String> ids = new ArrayList<>();

        private Export(String by, Instant at) {
            this.by = by;
            this.at = at;
        }

        public void add(String applicationId) {
            ids.add(applicationId);
            if (ids.size() == CHUNK) {
                flush();
            }
        }

        @Override
        public void close() {
            flush();
        }

        private void flush() {
            if (!ids.isEmpty()) {
                accesses.record(new Access(at, by, Access.Kind.EXPORTED, ids));
                ids.clear();
            }
        }
    }

    /** Every look that included the application, newest first. */
    public List<Access> of(UUID applicationId) {
        return accesses.of(applicationId);
    }
}
