package se.icld.gendernetwork.review.queue;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Status;

/** The reviewers' queue: filters, oldest first, paged. */
@Service
public class ReviewQueue {

    private static final String COLLECTION = "applications";
    public static final int MAX_PAGE_SIZE = 100;

    private final MongoTemplate mongo;

    ReviewQueue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What to look for; every part optional. {@code text} matches name, municipality or reference. */
    public record Filter(Status status, String country, String municipality, String text) {
    }

    public record Page(List<Application> items, long total, int page, int size) {
    }

    public Page find(Filter filter, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, page);
        List<Criteria> criteria = new ArrayList<>();
        if (filter.status() != null) {
            criteria.add(where("status").is(filter.status()));
        }
        if (hasText(filter.country())) {
            criteria.add(where("municipality.country").is(filter.country().strip().toUpperCase(java.util.Locale.ROOT)));
        }
        if (hasText(filter.municipality())) {
            criteria.add(where("municipality.name").regex(contains(filter.municipality())));
        }
        if (hasText(filter.text())) {
            Pattern text = contains(filter.text());
            criteria.add(new Criteria().orOperator(
                    where("applicant.fullName").regex(text),
                    where("municipality.name").regex(text),
                    where("reference").regex(text)));
        }
        Query query = criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, Application.class, COLLECTION);
        query.with(Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("_id")))
                .skip((long) safePage * safeSize).limit(safeSize);
        query.fields().exclude("outbox", "motivation", "notes");
        return new Page(mongo.find(query, Application.class, COLLECTION), total, safePage, safeSize);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static Pattern contains(String text) {
        return Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
