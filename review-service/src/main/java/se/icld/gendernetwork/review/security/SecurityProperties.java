package se.icld.gendernetwork.review.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reviewers sign in ({@code review.security.*}).
 *
 * @param mode {@code local}: users below, passwords as bcrypt hashes; {@code jwt}: an OAuth2
 *        resource server for the API (issuer from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri})
 *        and, where an OAuth2 client registration {@code console} is configured, single sign-on (OIDC) for the console
 * @param users local users
 * @param rolesClaim the claim of a token (API) or ID token (console) that carries the roles, e.g.
 *        {@code ["REVIEWER"]}; a dotted path reaches into an object ({@code realm_access.roles})
 * @param signIn the throttle of failed password sign-ins (form and HTTP Basic)
 */
@ConfigurationProperties("review.security")
public record SecurityProperties(@DefaultValue("local") SecurityMode mode, List<User> users,
        @DefaultValue("roles") String rolesClaim, @DefaultValue SignIn signIn) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** A local user; {@code passwordHash} like {@code {bcrypt}$2a$10$...}; roles REVIEWER and/or ADMIN. */
    public record User(String username, String passwordHash, Set<String> roles) {
    }

    /**
     * After {@code maxFailuresPerAccount} failed sign-ins of one user name, or {@code maxFailuresPerClient}
     * from one client address, within {@code window} (counted from the first failure), every further
     * attempt for that account or from that client is refused, even with the right password, until the
     * window has passed.
     */
    public record SignIn(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerClient,
            @DefaultValue("15m") Duration window) {

        public SignIn {
            if (maxFailuresPerAccount < 1 || maxFailuresPerClient < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("review.security.sign-in: limits must be at least 1, the window positive");
            }
        }
    }
}
