package se.icld.gendernetwork.review.application;

/** What a reviewer recommends for an application; the decision itself stays with the one who decides. */
public enum Recommendation {
    ACCEPT, WAITLIST, REJECT
}
