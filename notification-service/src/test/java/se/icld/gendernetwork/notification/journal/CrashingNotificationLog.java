package se.icld.gendernetwork.notification.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The real log, with two places where the process can be made to "crash" once for a given entry:
 * after the SMTP server's 250 but before {@link #markSent} is written, and after the PENDING entry
 * was inserted but before an attempt claims it (so before anything is sent); and MongoDB can be made
 * unreachable for one entry for a while, starting right after the 250.
 */
public class CrashingNotificationLog extends NotificationLog {

    /** Stands for the process dying at that point: nothing after it is written. */
    public static final class SimulatedCrash extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SimulatedCrash(String where) {
            super("simulated crash " + where);
        }
    }

    private final Map<String, Duration> outageAfterNextSend = new ConcurrentHashMap<>();
    private final Map<String, Instant> mongoAwayUntil = new ConcurrentHashMap<>();
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

    /**
     * From the next {@code markSent} of this entry on, for {@code outage}: MongoDB does not answer for
     * this entry (claims, lease extensions and outcome writes fail as the driver's would), as if it went
     * away right after the SMTP server's 250.
     */
    public void mongoAwayAfterNextSend(String id, Duration outage) {
        outageAfterNextSend.put(id, outage);
    }

    private void whenMongoIsAway(String id) {
        Instant until = mongoAwayUntil.get(id);
        if (until != null && Instant.now().isBefore(until)) {
            throw new DataAccessResourceFailureException("simulated: MongoDB not reachable");
        }
    }

    @Override
    public Optional<NotificationEntry> claimDue(String id, Instant now, Duration lease) {
        if (crashBeforeClaim.remove(id)) {
            throw new SimulatedCrash("before the attempt");
        }
        whenMongoIsAway(id);
        return super.claimDue(id, now, lease);
    }

    @Override
    public boolean extendLease(String id, Instant until) {
        whenMongoIsAway(id);
        return super.extendLease(id, until);
    }

    @Override
    public void markSent(String id, String messageId, Instant now) {
        if (crashBeforeMarkSent.remove(id)) {
            throw new SimulatedCrash("between the 250 and the log write");
        }
        Duration outage = outageAfterNextSend.remove(id);
        if (outage != null) {
            mongoAwayUntil.put(id, Instant.now().plus(outage));
        }
        whenMongoIsAway(id);
        super.markSent(id, messageId, now);
    }
}
