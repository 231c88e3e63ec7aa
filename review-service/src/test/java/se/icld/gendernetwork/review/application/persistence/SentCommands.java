package se.icld.gendernetwork.review.application.persistence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

/**
 * The commands the persistence slices' client sends on {@code applications}, as sent, for a test
 * that says how a question is asked of the database, not only what it answers.
 */
public final class SentCommands implements CommandListener {

    private final List<BsonDocument> sent = new CopyOnWriteArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        if (command.isString(event.getCommandName())
                && "applications".equals(command.getString(event.getCommandName()).getValue())) {
            // A copy: the driver may reuse the command's buffer once the listener returns.
            sent.add(BsonDocument.parse(command.toJson()));
        }
    }

    public void clear() {
        sent.clear();
    }

    /** The commands sent since {@link #clear()} whose name is {@code name} ({@code count}, {@code aggregate}). */
    public List<BsonDocument> named(String name) {
        return sent.stream().filter(c -> c.getFirstKey().equals(name)).toList();
    }
}
