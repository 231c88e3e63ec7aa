package se.icld.gendernetwork.review;

import java.time.Duration;

import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A decision grace period for each test of a class of review's context, on the service's clock in
 * real time; after each test (and after its own {@code @AfterEach} methods, even a failing one) no
 * grace and real time again, so one test's failure does not become others'. Registered with
 * {@code @RegisterExtension static final GracePeriodExtension GRACE_PERIOD = new GracePeriodExtension(period)}.
 */
@RequiredArgsConstructor
public final class GracePeriodExtension implements BeforeEachCallback, AfterEachCallback {

    private final Duration period;

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext service = SpringExtension.getApplicationContext(context);
        service.getBean(MutableClock.class).reset();
        service.getBean(MutableGrace.class).set(period);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ApplicationContext service = SpringExtension.getApplicationContext(context);
        service.getBean(MutableGrace.class).reset();
        service.getBean(MutableClock.class).reset();
    }
}
