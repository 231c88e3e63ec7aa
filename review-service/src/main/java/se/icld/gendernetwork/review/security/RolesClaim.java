package se.icld.gendernetwork.review.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles a token's claims grant: the claim {@code review.security.roles-claim} (a dotted path
 * reaches into objects, as in {@code realm_access.roles}), a list of names or one string of names
 * separated by spaces or commas; each name becomes {@code ROLE_<NAME>} (upper case).
 */
final class RolesClaim {

    private final String[] path;

    RolesClaim(String claim) {
        this.path = claim.split("\\.");
    }

    Set<GrantedAuthority> authorities(Map<String, Object> claims) {
        Object value = claims;
        for (String step : path) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        Collection<?> names = value instanceof Collection<?> c ? c
                : value instanceof String s ? List.of(s.split("[\\s,]+")) : List.of();
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (Object name : names) {
            String role = String.valueOf(name).strip().toUpperCase(Locale.ROOT);
            if (!role.isEmpty()) {
                authorities.add(new SimpleGrantedAuthority(role.startsWith("ROLE_") ? role : "ROLE_" + role));
            }
        }
        return authorities;
    }
}
