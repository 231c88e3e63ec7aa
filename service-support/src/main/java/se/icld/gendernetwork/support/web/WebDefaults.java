package se.icld.gendernetwork.support.web;

import java.time.Duration;
import java.util.EnumSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import jakarta.servlet.DispatcherType;

/**
 * What every service that serves HTTP shares, applied by auto-configuration: the one request-body
 * limit ({@link RequestBodyLimit}, {@code http.request-body.max-size}, default 64 KiB in
 * service-defaults.yml) and, before it, the non-blocking body read with its deadline
 * ({@link BodyReadDeadline}, {@code http.request-body.read-deadline}, default 10 s), so a slow body
 * never holds a request thread.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebDefaults {

    @Bean
    RequestBodyLimit requestBodyLimit(@Value("${http.request-body.max-size:64KB}") DataSize maxSize) {
        return new RequestBodyLimit(maxSize.toBytes());
    }

    /** First of all filters, for REQUEST (where it reads) and ASYNC (where it hands the body on) dispatches. */
    @Bean
    FilterRegistrationBean<BodyReadDeadline> bodyReadDeadline(@Value("${http.request-body.max-size:64KB}") DataSize maxSize,
            @Value("${http.request-body.read-deadline:10s}") Duration deadline) {
        FilterRegistrationBean<BodyReadDeadline> registration =
                new FilterRegistrationBean<>(new BodyReadDeadline(maxSize.toBytes(), deadline));
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        registration.setAsyncSupported(true);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
