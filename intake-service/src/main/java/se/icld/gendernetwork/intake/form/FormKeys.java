package se.icld.gendernetwork.intake.form;

import java.security.SecureRandom;
import java.util.Base64;

import se.icld.gendernetwork.intake.submission.web.IdempotencyKeys;

/**
 * The idempotency key a page of the form carries: made when the page is shown, kept by every page
 * that shows the same answers again (400, 429, 503), so posting that page again is the same
 * application.
 */
final class FormKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FormKeys() {
    }

    static String newKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return "form-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The posted key, or a new one when it is missing or malformed. */
    static String keptOrNew(String posted) {
        return IdempotencyKeys.isValid(posted) ? posted : newKey();
    }
}
