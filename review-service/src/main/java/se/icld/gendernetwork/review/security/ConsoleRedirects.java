package se.icld.gendernetwork.review.security;

import java.util.HashMap;
import java.util.Map;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The absolute URIs the console's single sign-on hands to the identity provider (where to come back
 * after sign-in, and after sign-out), built from the configured public base URL of this service
 * ({@code network.status.base-url}), never from the request: a client's {@code Host} or
 * {@code X-Forwarded-Host} header cannot turn them to another host.
 */
final class ConsoleRedirects {

    private final String baseUrl;

    ConsoleRedirects(String publicBaseUrl) {
        this.baseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /**
     * The registration's redirect URI template (Boot's default {@code {baseUrl}/{action}/oauth2/code/{registrationId}})
     * with the variables Spring Security would take from the request taken from the configured base instead.
     */
    String signInRedirectUri(String template, String registrationId) {
        UriComponents base = UriComponentsBuilder.fromUriString(baseUrl).build();
        Map<String, String> variables = new HashMap<>();
        variables.put("baseUrl", baseUrl);
        variables.put("baseScheme", base.getScheme());
        variables.put("baseHost", base.getHost());
        variables.put("basePort", base.getPort() == -1 ? "" : ":" + base.getPort());
        variables.put("basePath", base.getPath() == null ? "" : base.getPath());
        variables.put("action", "login");
        variables.put("registrationId", registrationId);
        return UriComponentsBuilder.fromUriString(template).buildAndExpand(variables).toUriString();
    }

    /** Where the provider sends the browser after its sign-out: the console's login page. */
    String postLogoutRedirectUri() {
        return baseUrl + "/console/login?logout";
    }
}
