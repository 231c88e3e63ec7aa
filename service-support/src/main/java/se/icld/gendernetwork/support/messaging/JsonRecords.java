package se.icld.gendernetwork.support.messaging;

import lombok.RequiredArgsConstructor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a consumed record's JSON into an event without letting personal data escape: Jackson's
 * messages quote the offending value (a name, an address), and a failure's message reaches the log
 * and the dead-letter headers. A record that cannot be read fails with an
 * {@link UnprocessableRecordException} that names the exception type and the field path only.
 * Listeners take the record as {@code byte[]} (the raw-JSON converter) and read it here.
 */
@RequiredArgsConstructor
public final class JsonRecords {

    private final JsonMapper json;

    /** @throws UnprocessableRecordException the record is empty, JSON null, or not a {@code type} */
    public <T> T read(byte[] record, Class<T> type) {
        if (record == null || record.length == 0) {
            throw new UnprocessableRecordException("empty record");
        }
        try {
            T value = json.readValue(record, type);
            if (value == null) {
                throw new UnprocessableRecordException("record is JSON null");
            }
            return value;
        } catch (JacksonException e) {
            // Deliberately without the cause: its message may quote personal data.
            throw new UnprocessableRecordException("not a readable event (" + type.getSimpleName() + "): "
                    + e.getClass().getSimpleName() + " at " + e.getPathReference());
        }
    }
}
