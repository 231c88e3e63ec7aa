package se.icld.gendernetwork.review.security;

import java.util.Collection;
import java.util.List;

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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two chains. The API ({@code /api/**}): stateless, HTTP Basic (local mode) or bearer JWT (jwt
 * mode), no CSRF (no cookies), 401/403 as problems; the applicant's endpoints are open and check
 * the status token themselves. The pages: the console needs REVIEWER via a login form with CSRF
 * protection; the applicant's status page is open (token checked by the page, its forms CSRF-protected
 * through the session too) and, like every page, sent with {@code Referrer-Policy: no-referrer}.
 * An anonymous visitor who asks for the console goes to its login page; for any other address the
 * pages do not serve they get the 404 page (not a login form they have no use for).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] OPEN_ACTUATOR = {"/actuator/health/**", "/actuator/info", "/actuator/prometheus"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/applications/**").permitAll()
                        .requestMatchers("/api/v1/review/export.csv", "/api/v1/review/settings/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/review/**").hasAnyRole("REVIEWER", "ADMIN")
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        if (properties.mode() == SecurityMode.JWT) {
            http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(new RolesClaimConverter())));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(OPEN_ACTUATOR).permitAll()
                        .requestMatchers("/status/**", "/review.css", "/error").permitAll()
                        .requestMatchers("/console/login", "/console/denied").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                                .hasRole("ADMIN")
                        .requestMatchers("/console", "/console/**").hasAnyRole("REVIEWER", "ADMIN")
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/console/login").defaultSuccessUrl("/console"))
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"))
                .exceptionHandling(e -> e.authenticationEntryPoint(pagesEntryPoint()).accessDeniedPage("/console/denied"))
                .requestCache(cache -> cache.requestCache(consolePagesOnly()))
                // The status page's URL carries the applicant's token: never send it on as a referrer.
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** The console's login page for the console; the 404 page (Boot's error page, see web/pages) elsewhere. */
    private static AuthenticationEntryPoint pagesEntryPoint() {
        return DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(new LoginUrlAuthenticationEntryPoint("/console/login"),
                        PathPatternRequestMatcher.withDefaults().matcher("/console/**"))
                .defaultEntryPoint((request, response, e) -> response.sendError(HttpStatus.NOT_FOUND.value()))
                .build();
    }

    /** Sign-in returns to the console page asked for; an unknown address is never remembered as one. */
    private static HttpSessionRequestCache consolePagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/console/**"));
        return cache;
    }

    @Bean
    @ConditionalOnProperty(name = "review.security.mode", havingValue = "local", matchIfMissing = true)
    UserDetailsService localUsers(SecurityProperties properties) {
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(u -> User.withUsername(u.username())
                        .password(u.passwordHash())
                        .roles(u.roles().toArray(String[]::new))
                        .build())
                .toList());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Roles from the token's {@code roles} claim (e.g. ["REVIEWER"]); the subject is the reviewer's name. */
    static final class RolesClaimConverter implements Converter<Jwt, AbstractAuthenticationToken> {

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            List<String> roles = jwt.hasClaim("roles") ? jwt.getClaimAsStringList("roles") : List.of();
            Collection<GrantedAuthority> authorities = roles.stream()
                    .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
                    .toList();
            String name = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
            return new JwtAuthenticationToken(jwt, authorities, name);
        }
    }
}
