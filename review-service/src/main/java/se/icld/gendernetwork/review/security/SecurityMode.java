package se.icld.gendernetwork.review.security;

/**
 * How reviewers sign in, {@code review.security.mode}: {@code local} or {@code jwt} in the
 * configuration (bound case-insensitively).
 */
public enum SecurityMode {
    /** Local users from {@code review.security.users}, bcrypt hashes, HTTP Basic and a login page. */
    LOCAL,
    /**
     * Production: the API is an OAuth2 resource server (bearer JWTs); the console signs in through the
     * organisation's OIDC provider (client registration {@code console}); roles from
     * {@code review.security.roles-claim} in both.
     */
    JWT
}
