package se.icld.gendernetwork.support;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries a trace across work that is stored and picked up later by another thread (review's
 * outbox, notification's log): the W3C {@code traceparent} current when the work is stored is kept
 * with it, and the later step runs inside a span that continues that trace. Without a tracer
 * everything still works, untraced. A bean when a service imports it.
 */

public class TraceContexts {

    private static final String TRACEPARENT = "traceparent";

    // Looked up once, on first use (a bean lookup by type on every call was ~3 % of review's CPU in a
    // deadline rush); while there is none, each call looks again.
    private final SingletonSupplier<Tracer> tracer;
    private final SingletonSupplier<Propagator> propagator;

    public TraceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = SingletonSupplier.of(tracer::getIfAvailable);
        this.propagator = SingletonSupplier.of(propagator::getIfAvailable);
    }

    /** The current trace as a {@code traceparent} value, or null outside a trace. */
    public String current() {
        Tracer t = tracer.get();
        Propagator p = propagator.get();
        if (t == null || p == null || t.currentSpan() == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        p.inject(t.currentTraceContext().context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Runs {@code work} in a new span named {@code name}, a child of {@code traceparent} when there is one. */
    @SuppressWarnings("try") // the scope is used for its side effect: the span is current inside it
    public <T> T continueTrace(String traceparent, String name, Supplier<T> work) {
        Tracer t = tracer.get();
        Propagator p = propagator.get();
        if (t == null || p == null) {
            return work.get();
        }
        Span span = traceparent == null ? t.nextSpan().name(name)
                : p.extract(Map.of(TRACEPARENT, traceparent), Map::get).name(name).start();
        span.start();
        try (Tracer.SpanInScope scope = t.withSpan(span)) {
            return work.get();
        } finally {
            span.end();
        }
    }
}
