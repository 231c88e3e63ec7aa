package se.icld.gendernetwork.support.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A slow body cannot hold a request thread. Tomcat's read timeout is per read, so a client sending one
 * byte every few seconds keeps a thread blocked in a body read for as long as it likes. This filter,
 * first of all, reads every request body with Servlet non-blocking I/O ({@code startAsync()} and a
 * {@link ReadListener}): no thread waits while the bytes dribble in. The whole body must arrive within
 * {@code deadline} (408 and the connection closed otherwise) and within {@code maxBytes} (413, the same
 * problem {@link RequestBodyLimit} answers). Only then is the request dispatched again (an ASYNC
 * dispatch) through the rest of the filter chain (the body limit, Spring Security, the controllers),
 * with the buffered body: its input stream, its reader and, for a form body, its parameters (parsed
 * here, as Tomcat would: the query string first, then the body). The request presents itself as a
 * REQUEST dispatch to what follows, so every filter does its work once, as on a request that had
 * never been suspended.
 *
 * <p>Registered for REQUEST and ASYNC dispatches ({@link WebDefaults}); a request without a body
 * (no {@code Content-Length} above zero, not chunked) and a body announced above the limit (refused at
 * once by {@link RequestBodyLimit}) pass straight through. A filter that must see bodies has to be
 * registered for ASYNC dispatches too: Spring's {@code OncePerRequestFilter} beans and Spring Security's
 * chain are.
 */
@RequiredArgsConstructor
public final class BodyReadDeadline implements Filter {

    /** The request attribute that carries a buffered body from the read to its dispatch. */
    static final String BODY = BodyReadDeadline.class.getName() + ".body";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final long maxBytes;
    private final Duration deadline;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(BODY) instanceof byte[] body) {
            request.removeAttribute(BODY);
            chain.doFilter(new BufferedRequest(request, body), response);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST || !hasBody(request)
                || request.getContentLengthLong() > maxBytes || !request.isAsyncSupported()) {
            chain.doFilter(request, response);
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(deadline.toMillis());
        new BodyReader(async, request, response).start();
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
    }

    /** Reads one body as it arrives, on whichever container thread has bytes for it. */
    private final class BodyReader implements ReadListener, AsyncListener {

        private final AsyncContext async;
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final ByteArrayOutputStream body;
        private final byte[] chunk = new byte[8192];
        /** Set once the request is dispatched or answered: later callbacks do nothing. */
        private final AtomicBoolean finished = new AtomicBoolean();
        private ServletInputStream in;

        BodyReader(AsyncContext async, HttpServletRequest request, HttpServletResponse response) {
            this.async = async;
            this.request = request;
            this.response = response;
            long announced = request.getContentLengthLong();
            this.body = new ByteArrayOutputStream(announced > 0 ? (int) announced : 1024);
        }

        void start() throws IOException {
            async.addListener(this);
            in = request.getInputStream();
            in.setReadListener(this);
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!finished.get() && in.isReady()) {
                int n = in.read(chunk);
                if (n < 0) {
                    return;
                }
                body.write(chunk, 0, n);
                if (body.size() > maxBytes) {
                    answer(HttpStatus.CONTENT_TOO_LARGE, RequestBodyLimit.tooLarge(maxBytes));
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            if (finished.compareAndSet(false, true)) {
                request.setAttribute(BODY, body.toByteArray());
                async.dispatch();
            }
        }

        @Override
        public void onError(Throwable t) {
            // The client went away (or the read failed): nothing to answer to.
            if (finished.compareAndSet(false, true)) {
                async.complete();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            answer(HttpStatus.REQUEST_TIMEOUT, "{\"type\":\"about:blank\",\"title\":\"Request Timeout\",\"status\":408,"
                    + "\"detail\":\"The request body did not arrive within " + deadline.toSeconds() + " s.\"}");
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }

        /** Answers without the body having been read whole; the connection is closed (the rest is unread). */
        private void answer(HttpStatus status, String problem) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            try {
                if (!response.isCommitted()) {
                    response.setStatus(status.value());
                    response.setContentType("application/problem+json");
                    response.setHeader("Connection", "close");
                    response.getOutputStream().write(problem.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone: nothing more to do.
            } finally {
                async.complete();
            }
        }
    }

    /** The request as dispatched after its body was read: the buffered body, a REQUEST dispatch. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private ServletInputStream stream;
        private BufferedReader reader;
        private Map<String, String[]> parameters;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public DispatcherType getDispatcherType() {
            return DispatcherType.REQUEST;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (reader != null) {
                throw new IllegalStateException("getReader() was called");
            }
            if (stream == null) {
                stream = new BufferedStream(new ByteArrayInputStream(body));
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            if (stream != null) {
                throw new IllegalStateException("getInputStream() was called");
            }
            if (reader == null) {
                reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
            }
            return reader;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }

        private Charset charset() {
            String encoding = getCharacterEncoding();
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        }

        /** The query string's parameters, then, for a form body, the body's: as Tomcat orders them. */
        private Map<String, String[]> parameters() {
            if (parameters == null) {
                Map<String, List<String>> all = new LinkedHashMap<>();
                Charset charset = charset();
                parse(getQueryString(), charset, all);
                String type = getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith(FORM)) {
                    parse(new String(body, StandardCharsets.ISO_8859_1), charset, all);
                }
                Map<String, String[]> result = new LinkedHashMap<>();
                all.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(result);
            }
            return parameters;
        }

        /** {@code a=1&b=2} into {@code into}; a pair that does not decode is skipped (as Tomcat skips it). */
        private static void parse(String encoded, Charset charset, Map<String, List<String>> into) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    // The body's bytes were read as ISO-8859-1 (one char per byte): percent-decoding
                    // a byte sequence, then the charset, needs them back as bytes.
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset);
                    into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                } catch (IllegalArgumentException e) {
                    // A malformed escape: the pair is ignored.
                }
            }
        }

        private static String decode(String latin1, Charset charset) {
            String raw = new String(latin1.getBytes(StandardCharsets.ISO_8859_1), charset);
            return URLDecoder.decode(raw, charset);
        }
    }

    private static final class BufferedStream extends ServletInputStream {

        private final ByteArrayInputStream in;

        BufferedStream(ByteArrayInputStream in) {
            this.in = in;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("the body has been read already: read it blocking");
        }
    }
}
