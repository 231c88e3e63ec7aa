package se.icld.gendernetwork.notification.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries a trace across the notification log: the W3C {@code traceparent} of the review event is
 * stored with the log entry, and the scheduler announces the outcome inside a span that continues
 * that trace, so one trace runs from the applicant's submission to the delivery report back in
 * review-service. Without a tracer everything still works, untraced.
 */
@Component
public class TraceContexts {

    private static final String TRACEPARENT = "traceparent";

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    TraceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
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
