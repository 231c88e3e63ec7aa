package se.icld.gendernetwork.support;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;

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

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    public TraceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace as a {@code traceparent} value, or null outside a trace. */
    public String current() {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
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
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
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
