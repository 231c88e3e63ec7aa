package se.icld.gendernetwork.review.queue.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Claim;
import se.icld.gendernetwork.review.application.QueueOrder;
import se.icld.gendernetwork.review.application.QueueView;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.queue.QueueParameters;
import se.icld.gendernetwork.review.queue.ReviewQueue;
import se.icld.gendernetwork.review.web.InvalidParameterException;

/**
 * {@code GET /api/v1/review/queue?view=&status=&country=&municipality=&focusArea=&workshop=&language=&q=&callId=&sort=&page=|after=&size=},
 * the whole queue ({@code view=all}) oldest first unless asked otherwise. Parameters are checked
 * strictly ({@link QueueParameters}): a wrong type or an out-of-range value is a 400 that names the
 * parameter.
 */
@RestController
@RequiredArgsConstructor
class QueueApiController {

    private final ReviewQueue queue;
    private final Clock clock;
    private final Calls calls;

    /** {@code callId}: the call the application was submitted to. */
    record Item(String id, String reference, Status status, String fullName, String municipality, String country,
            Instant submittedAt, Duration age, Claim claim, Double reviewAverage, String callId) {
    }

    /** {@code page} is null for a page asked by position; {@code next}: pass it as {@code after} for the next page. */
    record QueuePage(List<Item> items, long total, Integer page, int size, String next) {
    }

    @GetMapping("/api/v1/review/queue")
    QueuePage queue(@RequestParam(required = false) String view, @RequestParam(required = false) Status status,
            @RequestParam(required = false) String country, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String focusArea, @RequestParam(required = false) String workshop,
            @RequestParam(required = false) String language, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String callId, Principal reader) {
        Instant now = Instant.now(clock);
        QueueParameters.checkSize(size);
        QueueParameters.Selection selection = QueueParameters.selection(reader.getName(), QueueView.ALL, view,
                status == null ? null : status.name(), country, municipality, focusArea, workshop, language, q, sort,
                QueueParameters.callId(callId, calls));
        QueueOrder order = selection.order();
        QueueParameters.checkAfter(after, order);
        ReviewQueue.Filter filter = selection.filter();
        ReviewQueue.Page result;
        if (after == null) {
            long total = queue.count(filter);
            QueueParameters.checkPage(page, total, size);
            result = queue.find(filter, order, page, size, total);
        } else {
            try {
                result = queue.findAfter(filter, order, after, size);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("after", "not a position from a previous page.");
            }
        }
        return new QueuePage(result.items().stream().map(a -> item(a, now)).toList(), result.total(),
                result.page() < 0 ? null : result.page(), result.size(), result.next());
    }

    private static Item item(Application a, Instant now) {
        return new Item(a.id(), a.reference(), a.status(), a.applicant().fullName(), a.municipality().name(),
                a.municipality().country(), a.submittedAt(),
                a.submittedAt() == null ? null : Duration.between(a.submittedAt(), now).withNanos(0),
                a.claim() != null && a.claim().activeAt(now) ? a.claim() : null, a.reviewAverage(), a.callId());
    }
}
