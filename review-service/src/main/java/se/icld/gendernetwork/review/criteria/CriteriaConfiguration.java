package se.icld.gendernetwork.review.criteria;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.icld.gendernetwork.contracts.calls.Calls;

/** Each call's review criteria from the catalogue ({@link CallCriteria}), checked when the service starts. */
@Configuration(proxyBeanMethods = false)
class CriteriaConfiguration {

    @Bean
    CallCriteria callCriteria(Calls calls, CriteriaProperties criteria) {
        return new CallCriteria(calls, criteria.criteria());
    }
}
