package se.icld.gendernetwork.contracts.review;

/**
 * An {@link ApplicationEvent} of an application to a call: {@code callId} names the call (optional on
 * the wire; absent, the event is of the default call, {@code Calls.DEFAULT_CALL}). Every application
 * event but {@link ApplicationErased}, which tells nobody, is one.
 */
public sealed interface CallEvent extends ApplicationEvent
        permits ApplicationRegistered, InformationRequested, DecisionMade, ApplicationWithdrawn, EmailChangeRequested,
        ErasureRequested, MentorAssigned {

    String callId();
}
