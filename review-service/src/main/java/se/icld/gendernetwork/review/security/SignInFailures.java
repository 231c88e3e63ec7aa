package se.icld.gendernetwork.review.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every failed password sign-in (console form or HTTP Basic; an unknown user name counts as a wrong
 * password, as Spring Security reports both alike): one WARN line with the user name as typed
 * (cleaned of control characters, cut to 64) and the client address, never the password; counted
 * in the throttle and in {@code review_sign_in_failures_total}. Spring Security publishes the event
 * ({@code AuthenticationFailureBadCredentialsEvent}) through Boot's authentication event publisher.
 */
final class SignInFailures {

    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

    private final SignInThrottle throttle;
    private final Counter failures;
    private final Counter refused;

    SignInFailures(SignInThrottle throttle, MeterRegistry registry) {
        this.throttle = throttle;
        this.failures = Counter.builder("review.sign.in.failures")
                .description("Failed password sign-ins (console form and HTTP Basic)").register(registry);
        this.refused = Counter.builder("review.sign.in.refused")
                .description("Sign-in attempts refused by the throttle, right password or not").register(registry);
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        String client = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        failures.increment();
        log.warn("Failed sign-in for user '{}' from {}", printable(username), client);
        switch (throttle.failed(username, client)) {
            case ACCOUNT -> log.warn("Sign-in throttled: user '{}' reached its limit of failed attempts; refused until the window passes",
                    printable(username));
            case CLIENT -> log.warn("Sign-in throttled: client {} reached its limit of failed attempts; refused until the window passes",
                    client);
            case NONE -> { }
        }
    }

    boolean refused(String username, String client) {
        boolean refuse = throttle.refused(username, client);
        if (refuse) {
            refused.increment();
        }
        return refuse;
    }

    /** A user name fit for one log line: no control characters (no forged lines), at most 64 characters. */
    static String printable(String username) {
        if (username == null) {
            return "";
        }
        String clean = username.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
