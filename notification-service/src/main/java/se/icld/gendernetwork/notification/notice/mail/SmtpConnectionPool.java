package se.icld.gendernetwork.notification.notice.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;

/**
 * A few long-lived SMTP connections shared by the sending threads (gotcha: a new connection per
 * email costs a connect, a greeting and an EHLO, ~50 ms here). At most {@code size} connections are
 * in use at once; an idle one is reused while it is younger than {@code maxIdle} and has sent fewer
 * than {@code maxMessages}. A connection that failed in any way is discarded, never returned.
 * Thread-safe.
 */
final class SmtpConnectionPool implements AutoCloseable {

    /** Where and how to connect: Spring's {@code spring.mail.*} as {@code JavaMailSenderImpl} holds it. */
    record Server(Session session, String protocol, String host, int port, String username, String password) {
    }

    private final Server server;
    private final Semaphore permits;
    private final Duration maxIdle;
    private final int maxMessages;
    private final Duration borrowTimeout;
    private final Clock clock;
    private final Deque<SmtpConnection> idle = new ArrayDeque<>();

    SmtpConnectionPool(Server server, int size, Duration maxIdle, int maxMessages, Duration borrowTimeout, Clock clock) {
        this.server = server;
        this.permits = new Semaphore(Math.max(1, size), true);
        this.maxIdle = maxIdle;
        this.maxMessages = Math.max(1, maxMessages);
        this.borrowTimeout = borrowTimeout;
        this.clock = clock;
    }

    /** A connection for one message: an idle one if a fresh enough one is there, otherwise a new one. */
    SmtpConnection borrow() throws MessagingException {
        acquire();
        try {
            SmtpConnection reusable = takeIdle();
            return reusable != null ? reusable : open();
        } catch (MessagingException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** A new connection, never an idle one (after a reused one turned out to be broken). */
    SmtpConnection borrowFresh() throws MessagingException {
        acquire();
        try {
            return open();
        } catch (MessagingException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** A connection whose message went through: kept for the next one, unless it has done its share. */
    void giveBack(SmtpConnection connection) {
        Instant now = clock.instant();
        connection.sent(now);
        try {
            if (connection.messages() >= maxMessages || !connection.isConnectedFlag()) {
                connection.closeQuietly();
            } else {
                synchronized (idle) {
                    idle.push(connection);
                }
            }
        } finally {
            permits.release();
        }
    }

    /** A connection that failed: closed, never reused. */
    void discard(SmtpConnection connection) {
        try {
            connection.closeQuietly();
        } finally {
            permits.release();
        }
    }

    /** Closes every idle connection (they are likely as broken as the one that just failed). */
    void discardIdle() {
        for (SmtpConnection connection : drain()) {
            connection.closeQuietly();
        }
    }

    @Override
    public void close() {
        discardIdle();
    }

    private void acquire() throws MessagingException {
        try {
            if (!permits.tryAcquire(borrowTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new MessagingException("no SMTP connection free within " + borrowTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingException("interrupted while waiting for an SMTP connection");
        }
    }

    private SmtpConnection takeIdle() {
        Instant now = clock.instant();
        while (true) {
            SmtpConnection connection;
            synchronized (idle) {
                connection = idle.poll();
            }
            if (connection == null) {
                return null;
            }
            if (connection.lastUsed() != null && Duration.between(connection.lastUsed(), now).compareTo(maxIdle) <= 0
                    && connection.isConnectedFlag()) {
                return connection;
            }
            connection.closeQuietly();
        }
    }

    private List<SmtpConnection> drain() {
        synchronized (idle) {
            List<SmtpConnection> all = new ArrayList<>(idle);
            idle.clear();
            return all;
        }
    }

    private SmtpConnection open() throws MessagingException {
        SmtpConnection connection = new SmtpConnection(server.session(),
                new URLName(server.protocol(), server.host(), server.port(), null, server.username(), server.password()),
                server.protocol());
        try {
            connection.connect(server.host(), server.port(), server.username(), server.password());
        } catch (MessagingException | RuntimeException e) {
            connection.closeQuietly();
            throw e;
        }
        return connection;
    }
}
