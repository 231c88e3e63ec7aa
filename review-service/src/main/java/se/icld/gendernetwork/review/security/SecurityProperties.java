package se.icld.gendernetwork.review.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reviewers sign in ({@code review.security.*}).
 *
 * @param mode {@code local}: users below, passwords as bcrypt hashes; {@code jwt}: an OAuth2
 *        resource server (issuer from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri},
 *        roles from the token's {@code roles} claim)
 * @param users local users
 */
@ConfigurationProperties("review.security")
public record SecurityProperties(@DefaultValue("local") SecurityMode mode, List<User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** A local user; {@code passwordHash} like {@code {bcrypt}$2a$10$...}; roles REVIEWER and/or ADMIN. */
    public record User(String username, String passwordHash, Set<String> roles) {
    }
}
