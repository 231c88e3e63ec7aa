package se.icld.gendernetwork.review.security;

/**
 * How the console signs in; the login page asks the bean {@code consoleSignIn} which way to offer.
 *
 * @param singleSignOn through the organisation's OIDC provider (jwt mode with the client registration
 *        {@code console}); otherwise with the login form and local users
 * @param url where the single sign-on starts (the login page links to it, spelled out)
 * @param throttledMinutes how long a throttled account or client waits (the sign-in window, in whole
 *        minutes, at least 1), told on the login page
 */
public record ConsoleSignIn(boolean singleSignOn, String url, long throttledMinutes) {
}
