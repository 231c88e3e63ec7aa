package se.icld.gendernetwork.review.queue;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.application.Status;

/** Counts by status and country, and the median time from submission to decision. */
@Service
public class ReviewStats {

    private static final String COLLECTION = "applications";

    private final MongoTemplate mongo;

    ReviewStats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param byStatus every status, zero included
     * @param byCountry applications per country code
     * @param medianTimeToDecision among decided applications (first decision), null when none
     */
    public record Stats(long total, Map<Status, Long> byStatus, Map<String, Long> byCountry,
            Map<String, Map<Status, Long>> byCountryAndStatus, long decided, Duration medianTimeToDecision) {
    }

    public Stats compute() {
        Map<Status, Long> byStatus = countByStatus();
        Map<String, Long> byCountry = new TreeMap<>();
        Map<String, Map<Status, Long>> byCountryAndStatus = new TreeMap<>();
        for (Document row : mongo.aggregate(newAggregation(group(Fields.from(Fields.field("country", "municipality.country"), Fields.field("status"))).count().as("n")),
                COLLECTION, Document.class)) {
            Document key = row.get("_id", Document.class);
            String country = key.getString("country");
            Status status = Status.valueOf(key.getString("status"));
            long n = ((Number) row.get("n")).longValue();
            byCountry.merge(country, n, Long::sum);
            byCountryAndStatus.computeIfAbsent(country, c -> new EnumMap<>(Status.class)).merge(status, n, Long::sum);
        }
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();

        Query decided = query(where("decision").ne(null));
        decided.fields().include("submittedAt").include("history");
        List<Duration> times = new ArrayList<>();
        for (Document d : mongo.find(decided, Document.class, COLLECTION)) {
            java.util.Date submitted = d.getDate("submittedAt");
            d.getList("history", Document.class).stream()
                    .filter(h -> "DECIDED".equals(h.getString("action")))
                    .findFirst()
                    .ifPresent(h -> times.add(Duration.between(submitted.toInstant(), h.getDate("at").toInstant())));
        }
        return new Stats(total, byStatus, byCountry, byCountryAndStatus, times.size(), median(times));
    }

    /** Every status with its count (zero included). */
    public Map<Status, Long> countByStatus() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        for (Document row : mongo.aggregate(newAggregation(group("status").count().as("n")), COLLECTION, Document.class)) {
            counts.put(Status.valueOf(row.getString("_id")), ((Number) row.get("n")).longValue());
        }
        return counts;
    }

    static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
