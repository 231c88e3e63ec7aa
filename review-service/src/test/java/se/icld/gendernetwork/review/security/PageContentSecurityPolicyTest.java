package se.icld.gendernetwork.review.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageContentSecurityPolicyTest {

    @Test
    void withoutSingleSignOnFormsPostToThisOriginOnly() {
        assertThat(PageContentSecurityPolicy.policy(List.of())).isEqualTo("default-src 'none'; script-src 'self'; "
                + "style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }

    @Test
    void withSingleSignOnTheProvidersOriginMayReceiveTheSignOutRedirect() {
        String policy = PageContentSecurityPolicy.policy(List.of("https://login.example.org/oauth2/authorize",
                "https://login.example.org/connect/logout", "http://127.0.0.1:9000/logout"));
        assertThat(policy).contains("form-action 'self' https://login.example.org http://127.0.0.1:9000;");
    }

    @Test
    void onlyAbsoluteWebAddressesHaveAnOrigin() {
        assertThat(PageContentSecurityPolicy.origin("javascript:alert(1)")).isNull();
        assertThat(PageContentSecurityPolicy.origin("/relative")).isNull();
        assertThat(PageContentSecurityPolicy.origin("not a uri")).isNull();
        assertThat(PageContentSecurityPolicy.origin(" https://idp.example.org:8443/x?y ")).isEqualTo("https://idp.example.org:8443");
    }
}
