package se.icld.gendernetwork.review.application;

import java.util.Optional;
import java.util.UUID;

/** Where applications live. Each write is one atomic single-document operation. */
public interface Applications {

    /** Inserts a new application with its outbox; false when one with that id already exists. */
    boolean insert(Application application);

    Optional<Application> find(UUID id);

    /** The application with that reference (as applicants quote it), if there is one. */
    Optional<Application> findByReference(String reference);

    /**
     * Writes the pending change of {@code application} (status, claim, decision, new history,
     * notes and events) if nobody else changed it since it was read.
     *
     * @throws WorkflowException {@code concurrent-change} when the version moved on
     */
    void update(Application application);

    /**
     * Writes an erasure ({@link Application#erase}): the whole application as it now stands replaces
     * the stored one (history, notes and outbox included, so the erased texts and the events not
     * relayed yet are gone), if nobody else changed it since it was read.
     *
     * @throws WorkflowException {@code concurrent-change} when the version moved on
     */
    void writeErasure(Application application);

    /**
     * Appends a history entry answering an event, once per {@code entry.sourceEventId()}, while the
     * history holds fewer than {@link Application#MAX_HISTORY} + {@link Application#MAX_DELIVERY_ENTRIES}
     * entries; false when it was there already or there is no room.
     */
    boolean appendOnce(UUID id, HistoryEntry entry);
}
