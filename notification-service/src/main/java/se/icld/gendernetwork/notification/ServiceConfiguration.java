package se.icld.gendernetwork.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import se.icld.gendernetwork.support.ServiceSupport;

/**
 * The service's infrastructure: service-support's shared beans (clock, MongoDB ping, raw JSON
 * converter, trace carry-over) and scheduling ({@code RetryScheduler}). A configuration of its own
 * rather than annotations on {@link NotificationApplication}, so that a {@code @WebMvcTest} slice
 * starts neither.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Import(ServiceSupport.class)
class ServiceConfiguration {
}
