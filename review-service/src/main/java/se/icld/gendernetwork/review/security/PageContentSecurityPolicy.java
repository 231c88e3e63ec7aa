package se.icld.gendernetwork.review.security;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The pages' Content-Security-Policy, the same as intake's: nothing but this origin's stylesheet
 * (and script, were there one), images from this origin or inline {@code data:} (the icon), forms
 * posting to this origin only, no framing, no {@code <base>}. With single sign-on, form targets also
 * include the identity provider's origin: signing out is a form post answered by a redirect there,
 * which browsers check against {@code form-action}. No Spring.
 */
final class PageContentSecurityPolicy {

    private PageContentSecurityPolicy() {
    }

    static String policy(Collection<String> identityProviderUris) {
        Set<String> formAction = new LinkedHashSet<>();
        formAction.add("'self'");
        for (String uri : identityProviderUris) {
            String origin = origin(uri);
            if (origin != null) {
                formAction.add(origin);
            }
        }
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action "
                + String.join(" ", formAction) + "; frame-ancestors 'none'; base-uri 'none'";
    }

    /** {@code scheme://host[:port]} of an absolute http(s) URI; null for anything else. */
    static String origin(String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        try {
            URI u = URI.create(uri.strip());
            if (u.getHost() == null || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))) {
                return null;
            }
            return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
