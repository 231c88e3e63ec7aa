package se.icld.gendernetwork.review.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a password sign-in before it is checked when its account or client is throttled
 * ({@link SignInThrottle}): the console's login POST goes back to {@code /console/login?throttled},
 * which tells the person to wait (the right password is refused too until the window passes, so a
 * "wrong password" answer would mislead them; the throttle counts names that do not exist alike, so
 * this reveals no account), an HTTP Basic request gets 429 with {@code Retry-After}. Not a bean: it
 * runs inside the security chains only.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInFailures failures;
    private final boolean form;
    private final long retryAfterSeconds;

    private SignInThrottleFilter(SignInFailures failures, boolean form, long retryAfterSeconds) {
        this.failures = failures;
        this.form = form;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** For the page chain: the login form's POST to {@code loginUrl}. */
    static SignInThrottleFilter loginForm(SignInFailures failures) {
        return new SignInThrottleFilter(failures, true, 0);
    }

    /** For the API chain: requests with HTTP Basic credentials. */
    static SignInThrottleFilter httpBasic(SignInFailures failures, long retryAfterSeconds) {
        return new SignInThrottleFilter(failures, false, retryAfterSeconds);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (form) {
            if ("POST".equals(request.getMethod()) && "/console/login".equals(request.getServletPath())
                    && failures.refused(request.getParameter("username"), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + "/console/login?throttled");
                return;
            }
        } else {
            String username = basicUsername(request.getHeader("Authorization"));
            if (username != null && failures.refused(username, request.getRemoteAddr())) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"Too many failed sign-ins; try again later.\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The user name of an HTTP Basic header, or null when there is none or it is malformed. */
    static String basicUsername(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
