package se.icld.gendernetwork.review.security;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.review.StatusLinkProperties;

/**
 * Two chains. The API ({@code /api/**}): stateless, HTTP Basic (local mode) or bearer JWT (jwt
 * mode), no CSRF (no cookies), 401/403 as problems; the applicant's endpoints are open and check
 * the status token themselves. The pages: the console needs REVIEWER or ADMIN, signed in by the
 * login form (local mode) or through the organisation's OIDC provider (jwt mode with the client
 * registration {@value #CONSOLE_REGISTRATION}: authorization code with PKCE, sign-out ends the
 * session here and, where the provider announces an {@code end_session_endpoint}, there too); the
 * applicant's status page is open (token checked by the page). Forms are CSRF-protected with the
 * token kept in an HttpOnly cookie, so an anonymous page (login, status) creates no session; every
 * page is sent with {@code Referrer-Policy: no-referrer}. Failed password sign-ins are logged and
 * throttled ({@link SignInFailures}, {@link SignInThrottle}). An anonymous visitor who asks for the
 * console goes to its sign-in; for any other address the pages do not serve they get the 404 page
 * (not a login form they have no use for).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The OAuth2 client registration the console signs in with ({@code spring.security.oauth2.client.registration.console.*}). */
    static final String CONSOLE_REGISTRATION = "console";

    /**
     * Open without a sign-in: the probes on the application port, and on the management port (actuator's
     * own, never routed publicly; the same chains guard it) health, info and the Prometheus scrape. The
     * other actuator endpoints (metrics) stay closed.
     */
    private static final String[] OPEN_OPERATIONS = {"/livez", "/readyz",
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, SignInFailures failures) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/applications/**").permitAll()
                        .requestMatchers("/api/v1/review/export.csv", "/api/v1/review/settings/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/review/applications/*/erasure").hasRole("ADMIN")
                        .requestMatchers("/api/v1/review/applications/*/accesses").hasRole("ADMIN")
                        .requestMatchers("/api/v1/review/applications/*/assignees", "/api/v1/review/assignments/**")
                                .hasRole("ADMIN")
                        .requestMatchers("/api/v1/review/applications/*/mentor").hasRole("ADMIN")
                        .requestMatchers("/api/v1/review/**").hasAnyRole("REVIEWER", "ADMIN")
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        if (properties.mode() == SecurityMode.JWT) {
            http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(
                    new RolesClaimConverter(new RolesClaim(properties.rolesClaim())))));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                    .addFilterBefore(SignInThrottleFilter.httpBasic(failures, properties.signIn().window().toSeconds()),
                            BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SecurityProperties properties, SignInFailures failures,
            ConsoleSignIn signIn, ObjectProvider<ClientRegistrationRepository> registrations, StatusLinkProperties site)
            throws Exception {
        // The CSRF token in a cookie (HttpOnly; the forms carry it as _csrf), not in a session: anonymous pages create none.
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(OPEN_OPERATIONS).permitAll()
                        .requestMatchers("/status/**", "/review.css", "/error").permitAll()
                        .requestMatchers("/console/login", "/console/denied").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                                .hasRole("ADMIN")
                        .requestMatchers("/console/assignments", "/console/assignments/**",
                                "/console/applications/*/assignees", "/console/applications/*/mentor").hasRole("ADMIN")
                        .requestMatchers("/console/export.csv").hasRole("ADMIN")
                        .requestMatchers("/console", "/console/**").hasAnyRole("REVIEWER", "ADMIN")
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(pagesEntryPoint(signIn.singleSignOn() ? signIn.url() : "/console/login"))
                        .accessDeniedPage("/console/denied"))
                .requestCache(cache -> cache.requestCache(consolePagesOnly()))
                // The status page's URL carries the applicant's token: never send it on as a referrer.
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        // The pages' strict policy; the admins' API UI (a third-party page) is left without it.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**")),
                                new StaticHeadersWriter("Content-Security-Policy",
                                        PageContentSecurityPolicy.policy(identityProviderUris(signIn, registrations))))));
        if (signIn.singleSignOn()) {
            ClientRegistrationRepository repository = registrations.getObject();
            DefaultOAuth2AuthorizationRequestResolver requests =
                    new DefaultOAuth2AuthorizationRequestResolver(repository, "/oauth2/authorization");
            // Where the provider sends the browser back: from the configured public base URL, never from
            // the request's Host or X-Forwarded-Host (Spring Security's {baseUrl} is the request's).
            ConsoleRedirects redirects = new ConsoleRedirects(site.baseUrl());
            String signInRedirect = redirects.signInRedirectUri(
                    repository.findByRegistrationId(CONSOLE_REGISTRATION).getRedirectUri(), CONSOLE_REGISTRATION);
            // PKCE (S256) for this confidential client too, not only for public ones.
            requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                    .andThen(request -> request.redirectUri(signInRedirect)));
            OidcClientInitiatedLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(repository);
            logoutSuccess.setPostLogoutRedirectUri(redirects.postLogoutRedirectUri());
            // A provider without an end_session_endpoint: the session here ends, and the login page says so.
            logoutSuccess.setDefaultTargetUrl("/console/login?logout");
            http.oauth2Login(login -> login
                            .loginPage("/console/login")
                            .authorizationEndpoint(a -> a.authorizationRequestResolver(requests))
                            .userInfoEndpoint(u -> u.userAuthoritiesMapper(new OidcRolesMapper(new RolesClaim(properties.rolesClaim()))))
                            .defaultSuccessUrl("/console")
                            .failureUrl("/console/login?error"))
                    // Straight to the provider (pagesEntryPoint above): the console has one way in.
                    .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessHandler(logoutSuccess));
        } else {
            http.formLogin(form -> form.loginPage("/console/login").defaultSuccessUrl("/console"))
                    .addFilterBefore(SignInThrottleFilter.loginForm(failures), UsernamePasswordAuthenticationFilter.class)
                    .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"));
        }
        return http.build();
    }

    /** The console's sign-in for the console; the 404 page (Boot's error page, see web/pages) elsewhere. */
    private static AuthenticationEntryPoint pagesEntryPoint(String signInUrl) {
        // A relative Location: the Host header a client sent is never reflected into the redirect.
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(signInUrl);
        signIn.setFavorRelativeUris(true);
        return DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(signIn,
                        PathPatternRequestMatcher.withDefaults().matcher("/console/**"))
                .defaultEntryPoint((request, response, e) -> response.sendError(HttpStatus.NOT_FOUND.value()))
                .build();
    }

    /** Where the console's sign-in and sign-out send the browser (none without single sign-on). */
    private static List<String> identityProviderUris(ConsoleSignIn signIn,
            ObjectProvider<ClientRegistrationRepository> registrations) {
        if (!signIn.singleSignOn()) {
            return List.of();
        }
        ClientRegistration console = registrations.getObject().findByRegistrationId(CONSOLE_REGISTRATION);
        Object endSession = console.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        return java.util.stream.Stream.of(console.getProviderDetails().getAuthorizationUri(),
                endSession == null ? null : endSession.toString()).filter(java.util.Objects::nonNull).toList();
    }

    /** Sign-in returns to the console page asked for; an unknown address is never remembered as one. */
    private static HttpSessionRequestCache consolePagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/console/**"));
        return cache;
    }

    /** How the console signs in; the login page asks it ({@code @consoleSignIn}) which form to show. */
    @Bean
    ConsoleSignIn consoleSignIn(SecurityProperties properties, ObjectProvider<ClientRegistrationRepository> registrations) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        boolean sso = properties.mode() == SecurityMode.JWT && repository != null
                && repository.findByRegistrationId(CONSOLE_REGISTRATION) != null;
        long minutes = Math.max(1, (properties.signIn().window().toSeconds() + 59) / 60);
        return new ConsoleSignIn(sso, "/oauth2/authorization/" + CONSOLE_REGISTRATION, minutes);
    }

    @Bean
    SignInFailures signInFailures(SecurityProperties properties, Clock clock, MeterRegistry registry) {
        return new SignInFailures(new SignInThrottle(properties.signIn(), clock), registry);
    }

    @Bean
    @ConditionalOnProperty(name = "review.security.mode", havingValue = "local", matchIfMissing = true)
    UserDetailsService localUsers(SecurityProperties properties) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(properties.users().stream()
                .map(u -> User.withUsername(u.username())
                        .password(u.passwordHash())
                        .roles(u.roles().toArray(String[]::new))
                        .build())
                .toList());
        // Only the lookup: as a UserDetailsPasswordService the manager would have Spring Security re-hash a
        // configured hash at the encoder's default cost (bcrypt 10) on its first sign-in, in memory only,
        // so the cost an operator chose (the local stack's 4, see application-local.yml) would not hold.
        return users::loadUserByUsername;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Roles from the configured claim of the token; the name is {@code preferred_username}, else the subject. */
    static final class RolesClaimConverter implements Converter<Jwt, AbstractAuthenticationToken> {

        private final RolesClaim roles;

        RolesClaimConverter(RolesClaim roles) {
            this.roles = roles;
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            String name = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
            return new JwtAuthenticationToken(jwt, roles.authorities(jwt.getClaims()), name);
        }
    }

    /** The console's roles from the configured claim of the ID token (or the user-info answer, where fetched). */
    static final class OidcRolesMapper implements GrantedAuthoritiesMapper {

        private final RolesClaim roles;

        OidcRolesMapper(RolesClaim roles) {
            this.roles = roles;
        }

        @Override
        public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    mapped.addAll(roles.authorities(oidc.getIdToken().getClaims()));
                    if (oidc.getUserInfo() != null) {
                        mapped.addAll(roles.authorities(oidc.getUserInfo().getClaims()));
                    }
                }
            }
            return mapped;
        }
    }
}
