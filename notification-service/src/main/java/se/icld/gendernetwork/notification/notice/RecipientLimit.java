package se.icld.gendernetwork.notification.notice;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The per-recipient limit on receipts: one address gets at most {@code receiptsPerDay} receipts in a
 * day (UTC); the next ones are suppressed, so nobody can make the system mail an address of their
 * choosing over and over. Counted per address under a key that is not the address: an HMAC of the
 * normalised address (under the service's status-link secret) and the day, so the counters hold no
 * personal data and expire with their day. No I/O, no Spring: {@code RecipientLimitTest}.
 */
final class RecipientLimit {

    private final int receiptsPerDay;
    private final SecretKeySpec key;

    RecipientLimit(int receiptsPerDay, String secret) {
        if (receiptsPerDay < 1) {
            throw new IllegalArgumentException("notification.recipient-limit.receipts-per-day must be at least 1");
        }
        this.receiptsPerDay = receiptsPerDay;
        this.key = new SecretKeySpec(("recipient-limit:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    int receiptsPerDay() {
        return receiptsPerDay;
    }

    /** Only receipts are limited: information requests, decisions and withdrawals always go. */
    static boolean applies(Template template) {
        return template == Template.RECEIPT;
    }

    /** True if the receipt that brought an address's count for the day to {@code countWithThis} may go. */
    boolean allows(long countWithThis) {
        return countWithThis <= receiptsPerDay;
    }

    /** The counter of {@code address} on the day of {@code now}: {@code <hmac hex>:<yyyy-mm-dd>}. */
    String counterKey(String address, Instant now) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = mac.doFinal(normalised(address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash) + ":" + day(now);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** When a counter of the day of {@code now} may be dropped: the end of the next day (UTC). */
    static Instant expiry(Instant now) {
        return day(now).plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * One address however it is written: trimmed, lower case, a {@code +tag} after the local part dropped
     * ({@code Ana+1@Example.org} and {@code ana@example.org} reach one mailbox at most providers).
     */
    static String normalised(String address) {
        String lower = address.strip().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        if (at < 0) {
            return lower;
        }
        String local = lower.substring(0, at);
        int plus = local.indexOf('+');
        return (plus > 0 ? local.substring(0, plus) : local) + lower.substring(at);
    }

    private static LocalDate day(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
