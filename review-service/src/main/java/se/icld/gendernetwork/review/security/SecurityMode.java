package se.icld.gendernetwork.review.security;

/**
 * How reviewers sign in, {@code review.security.mode}: {@code local} or {@code jwt} in the
 * configuration (bound case-insensitively).
 */
public enum SecurityMode {
    /** Local users from {@code review.security.users}, bcrypt hashes, HTTP Basic and a login page. */
    LOCAL,
    /** An OAuth2 resource server: bearer JWTs, roles from the {@code roles} claim. */
    JWT
}
