package se.icld.gendernetwork.support.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;

/**
 * What every service that serves HTTP shares, applied by auto-configuration: the one request-body
 * limit ({@link RequestBodyLimit}, {@code http.request-body.max-size}, default 64 KiB in
 * service-defaults.yml).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebDefaults {

    @Bean
    RequestBodyLimit requestBodyLimit(@Value("${http.request-body.max-size:64KB}") DataSize maxSize) {
        return new RequestBodyLimit(maxSize.toBytes());
    }
}
