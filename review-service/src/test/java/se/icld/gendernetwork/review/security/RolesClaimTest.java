package se.icld.gendernetwork.review.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class RolesClaimTest {

    @Test
    void rolesComeFromAListAStringOrANestedClaim() {
        assertThat(names(new RolesClaim("roles").authorities(Map.of("roles", List.of("REVIEWER", "admin")))))
                .containsExactly("ROLE_REVIEWER", "ROLE_ADMIN");
        assertThat(names(new RolesClaim("groups").authorities(Map.of("groups", "reviewer, ROLE_ADMIN"))))
                .containsExactly("ROLE_REVIEWER", "ROLE_ADMIN");
        assertThat(names(new RolesClaim("realm_access.roles").authorities(
                Map.of("realm_access", Map.of("roles", List.of("REVIEWER")))))).containsExactly("ROLE_REVIEWER");
        assertThat(new RolesClaim("roles").authorities(Map.of("sub", "x"))).isEmpty();
        assertThat(new RolesClaim("a.b").authorities(Map.of("a", "not-an-object"))).isEmpty();
    }

    private static List<String> names(java.util.Collection<GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
