package se.icld.gendernetwork.notification.log;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The real log, with two places where the process can be made to "crash" once for a given entry:
 * after the SMTP server's 250 but before {@link #markSent} is written, and after the PENDING entry
 * was inserted but before an attempt claims it (so before anything is sent).
 */
public class CrashingNotificationLog extends NotificationLog {

    /** Stands for the process dying at that point: nothing after it is written. */
    public static final class SimulatedCrash extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SimulatedCrash(String where) {
            super("simulated crash " + where);
        }
    }

    private final Set<String> crashBeforeMarkSent = ConcurrentHashMap.newKeySet();
    private final Set<String> crashBeforeClaim = ConcurrentHashMap.newKeySet();

    public CrashingNotificationLog(MongoTemplate mongo) {
        super(mongo);
    }

    /** The next {@code markSent} of this entry fails, as if the process died right after the 250. */
    public void crashAfterNextSend(String id) {
        crashBeforeMarkSent.add(id);
    }

    /** The next claim of this entry fails, as if the process died right after inserting it. */
    public void crashBeforeNextSend(String id) {
        crashBeforeClaim.add(id);
    }

    @Override
    public Optional<NotificationEntry> claimDue(String id, Instant now, Duration lease) {
        if (crashBeforeClaim.remove(id)) {
            throw new SimulatedCrash("before the attempt");
        }
        return super.claimDue(id, now, lease);
    }

    @Override
    public void markSent(String id, String messageId, Instant now) {
        if (crashBeforeMarkSent.remove(id)) {
            throw new SimulatedCrash("between the 250 and the log write");
        }
        super.markSent(id, messageId, now);
    }
}
