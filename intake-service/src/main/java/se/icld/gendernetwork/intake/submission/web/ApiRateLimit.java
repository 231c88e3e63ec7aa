package se.icld.gendernetwork.intake.submission.web;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.intake.ratelimit.ClientRateLimiter;
import se.icld.gendernetwork.intake.ratelimit.ClientRateLimiter.Decision;
import se.icld.gendernetwork.intake.ratelimit.RateLimitedException;

/**
 * Counts each API submission against the client's allowance before its body is read, so a flood
 * costs no parsing; {@link ProblemAdvice} answers 429 with {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class ApiRateLimit implements WebMvcConfigurer {

    private final ClientRateLimiter limiter;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if ("POST".equals(request.getMethod())) {
                    Decision decision = limiter.tryAcquire(request.getRemoteAddr());
                    if (!decision.allowed()) {
                        throw new RateLimitedException(decision.retryAfterSeconds());
                    }
                }
                return true;
            }
        }).addPathPatterns("/api/v1/submissions");
    }
}
