package se.icld.gendernetwork.review.application.persistence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

/**
 * The commands the persistence slices' client sends on {@code applications}, as sent, for a test
 * that says how a question is asked of the database, not only what it answers. Only while a test's
 * action runs ({@link #sentBy}): the other slices (the seeding one inserts thousands) pay nothing.
 */
public final class SentCommands implements CommandListener {

    private final List<BsonDocument> sent = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        if (recording && command.isString(event.getCommandName())
                && "applications".equals(command.getString(event.getCommandName()).getValue())) {
            // A copy: the driver may reuse the command's buffer once the listener returns.
            sent.add(BsonDocument.parse(command.toJson()));
        }
    }

    /** The commands {@code action} sends, in the order sent. */
    public List<BsonDocument> sentBy(Runnable action) {
        sent.clear();
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        return List.copyOf(sent);
    }

    /** Those of {@code commands} named {@code name} ({@code count}, {@code aggregate}). */
    public static List<BsonDocument> named(List<BsonDocument> commands, String name) {
        return commands.stream().filter(c -> c.getFirstKey().equals(name)).toList();
    }
}
