package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

/**
 * An {@link ApplicationEvent} of an application to a call: {@code callId} names the call (optional on
 * the wire; absent, the event is of the default call, {@code Calls.DEFAULT_CALL}). Every application
 * event but {@link ApplicationErased}, which tells nobody, is one. What every event carries is its
 * {@link ApplicationEvent.Envelope envelope}.
 */
public sealed interface CallEvent extends ApplicationEvent
        permits ApplicationRegistered, InformationRequested, DecisionMade, ApplicationWithdrawn, EmailChangeRequested,
        ErasureRequested, MentorAssigned {

    /** The event's id and time, the application, who is told and the municipality. */
    Envelope envelope();

    String callId();

    @Override
    default UUID eventId() {
        return envelope().eventId();
    }

    @Override
    default Instant occurredAt() {
        return envelope().occurredAt();
    }

    @Override
    default UUID applicationId() {
        return envelope().applicationId();
    }

    @Override
    default String reference() {
        return envelope().reference();
    }

    @Override
    default Recipient recipient() {
        return envelope().recipient();
    }

    @Override
    default MunicipalityRef municipality() {
        return envelope().municipality();
    }
}
