package se.icld.gendernetwork.review.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a partnership application may be accepted, from the earlier network application its reference
 * names, as that one stands NOW (worked out whenever the application is shown or decided, never stored):
 * {@link Verdict#ELIGIBLE} when it was found, belongs to a call with the network's question set and is
 * ACCEPTED; else why not. {@code warnings} name what differs between the two applications (municipality,
 * country): shown to the reviewer, they do not refuse an acceptance. {@code earlier} is null when none was
 * found; {@code earlierStatus} its current status, {@code earlierMunicipality} its municipality.
 */
public record Eligibility(Verdict verdict, String earlierId, String earlierReference, Status earlierStatus,
        Municipality earlierMunicipality, List<Warning> warnings) {

    public enum Verdict {
        /** Found, a network application, ACCEPTED. */
        ELIGIBLE,
        /** No application has that reference. */
        NOT_FOUND,
        /** The reference is of an application to a call that is not the network's (e.g. another partnership application). */
        NOT_A_NETWORK_APPLICATION,
        /** The network application is not (or no longer) ACCEPTED: {@code earlierStatus} says what it is. */
        NOT_ACCEPTED
    }

    public enum Warning {
        /** The municipality's name differs from the earlier application's. */
        MUNICIPALITY_DIFFERS,
        /** The country differs from the earlier application's. */
        COUNTRY_DIFFERS
    }

    public Eligibility {
        warnings = List.copyOf(warnings);
    }

    /**
     * The eligibility of {@code application} (one with {@link Application#partnership() partnership answers})
     * from {@code earlier}, the application its reference names now (null: none), which
     * {@code earlierInNetworkCall} says belongs to a call with the network's question set.
     *
     * @throws IllegalArgumentException when {@code application} is not a partnership application
     */
    public static Eligibility of(Application application, Application earlier, boolean earlierInNetworkCall) {
        if (application.partnership() == null) {
            throw new IllegalArgumentException("not a partnership application");
        }
        if (earlier == null || earlier.id().equals(application.id())) {
            return new Eligibility(Verdict.NOT_FOUND, null, application.partnership().networkReference(), null, null,
                    List.of());
        }
        List<Warning> warnings = new ArrayList<>();
        Municipality mine = application.municipality();
        Municipality theirs = earlier.municipality();
        if (mine != null && theirs != null) {
            if (!Objects.equals(fold(mine.name()), fold(theirs.name()))) {
                warnings.add(Warning.MUNICIPALITY_DIFFERS);
            }
            if (!Objects.equals(fold(mine.country()), fold(theirs.country()))) {
                warnings.add(Warning.COUNTRY_DIFFERS);
            }
        }
        Verdict verdict = !earlierInNetworkCall || earlier.partnership() != null ? Verdict.NOT_A_NETWORK_APPLICATION
                : earlier.status() != Status.ACCEPTED ? Verdict.NOT_ACCEPTED
                : Verdict.ELIGIBLE;
        return new Eligibility(verdict, earlier.id(), earlier.reference(), earlier.status(), theirs, warnings);
    }

    public boolean eligible() {
        return verdict == Verdict.ELIGIBLE;
    }

    /** The refusal an acceptance of an ineligible application meets ({@code not-eligible}, 409). */
    public WorkflowException refusal() {
        String why = switch (verdict) {
            case ELIGIBLE -> throw new IllegalStateException("eligible");
            case NOT_FOUND -> "no application has the reference " + earlierReference;
            case NOT_A_NETWORK_APPLICATION -> "the application " + earlierReference + " is not an application to the network";
            case NOT_ACCEPTED -> "the network application " + earlierReference + " is " + earlierStatus + ", not ACCEPTED";
        };
        return new WorkflowException(WorkflowCode.NOT_ELIGIBLE,
                "a partnership application is accepted only when its network application is accepted: " + why);
    }

    /** Names compared without case, accents or surrounding and repeated white space ("Bogotá" is "bogota"). */
    private static String fold(String value) {
        if (value == null) {
            return null;
        }
        String stripped = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
