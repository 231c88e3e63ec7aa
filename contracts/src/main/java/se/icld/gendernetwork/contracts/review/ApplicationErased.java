package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The applicant's personal data was erased from the application (on the applicant's request or the
 * programme's): every consumer that keeps a copy of it erases its own (notification: the events its
 * log keeps, so no email can be rendered again). It carries no personal data and tells nobody: it
 * has no recipient. The municipality stays, as in the application's anonymised skeleton.
 */
public record ApplicationErased(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String reference,
        MunicipalityRef municipality) implements ApplicationEvent {

    /** Nobody is told of an erasure. */
    @Override
    @JsonIgnore
    public Recipient recipient() {
        return null;
    }
}
