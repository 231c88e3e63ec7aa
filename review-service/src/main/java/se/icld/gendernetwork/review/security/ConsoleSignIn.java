package se.icld.gendernetwork.review.security;

/**
 * How the console signs in; the login page asks the bean {@code consoleSignIn} which way to offer.
 *
 * @param singleSignOn through the organisation's OIDC provider (jwt mode with the client registration
 *        {@code console}); otherwise with the login form and local users
 * @param url where the single sign-on starts (the login page links to it, spelled out)
 */
public record ConsoleSignIn(boolean singleSignOn, String url) {
}
