package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What review-service announces on {@code review.applications.v1} (key = application id). Each
 * event carries what a notice needs (recipient, reference, municipality), so a consumer keeps no
 * copy of the application ({@link ApplicationErased}, which tells nobody, has no recipient). Every
 * other event is a {@link CallEvent}: it carries the application's {@code callId} (optional on the
 * wire: absent, the default call), so each email names the programme applied to; {@link MentorAssigned}
 * tells the applicant of an accepted partnership who their mentor is. The JSON carries its type name
 * in {@code "type"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(ApplicationRegistered.class),
        @JsonSubTypes.Type(InformationRequested.class),
        @JsonSubTypes.Type(DecisionMade.class),
        @JsonSubTypes.Type(ApplicationWithdrawn.class),
        @JsonSubTypes.Type(EmailChangeRequested.class),
        @JsonSubTypes.Type(ApplicationErased.class),
        @JsonSubTypes.Type(ErasureRequested.class),
        @JsonSubTypes.Type(MentorAssigned.class)
})
public sealed interface ApplicationEvent permits CallEvent, ApplicationErased {

    UUID eventId();

    Instant occurredAt();

    UUID applicationId();

    String reference();

    Recipient recipient();

    MunicipalityRef municipality();

    /**
     * What every {@link CallEvent} carries first: the event's id and time, the application (its id and
     * reference), who is told and the municipality. On the wire its fields stand beside the event's own
     * ({@code @JsonUnwrapped}), as they did before the envelope was a type.
     */
    record Envelope(UUID eventId, Instant occurredAt, UUID applicationId, String reference, Recipient recipient,
            MunicipalityRef municipality) {
    }

    /** Who is told, in which language ({@code es}, {@code en} or {@code sv}). */
    record Recipient(String fullName, String email, String language) {
    }

    record MunicipalityRef(String name, String region, String country) {
    }
}
