package se.icld.gendernetwork.review.application.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import se.icld.gendernetwork.review.application.ApplicationFigures;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.Status;

/**
 * The overview's figures in ONE aggregation over {@code applications}: a {@code $facet} with a
 * {@code $group} per breakdown (the days of submission as UTC dates by {@code $dateToString}, focus
 * areas after an {@code $unwind}, the municipalities sorted and cut to the top ones, the times to a
 * first decision in a {@code $bucket} of {@code decisionMillis}, which {@link MongoApplications}
 * keeps). The answer is one small document of counts, whatever the number of applications. The
 * median time to decision is the stats' own (two reads of the {@code decisionMillis} index).
 *
 * <p>A later filter (one call's applications, say) is one {@code $match} put before the
 * {@code $facet}: see {@link #pipeline(Document)}.
 */
@Repository
@RequiredArgsConstructor
class MongoApplicationFigures implements ApplicationFigures {

    private final MongoTemplate mongo;
    private final ApplicationQueries queries;

    @Override
    public Figures figures(String callId) {
        Document scope = callId == null || callId.isBlank() ? null : MongoApplicationQueries.inCallDocument(callId.strip());
        Document facets = mongo.getCollection(MongoApplications.COLLECTION).aggregate(pipeline(scope)).first();
        if (facets == null) {
            facets = new Document();
        }
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0L);
        }
        for (Document row : rows(facets, "status")) {
            String status = row.getString("_id");
            if (status != null) {
                byStatus.merge(Status.valueOf(status), n(row), Long::sum);
            }
        }
        List<DayCount> days = new ArrayList<>();
        for (Document row : rows(facets, "days")) {
            days.add(new DayCount(LocalDate.parse(row.getString("_id")), n(row)));
        }
        List<MunicipalityCount> municipalities = new ArrayList<>();
        for (Document row : rows(facets, "municipalities")) {
            Document key = row.get("_id", Document.class);
            municipalities.add(new MunicipalityCount(key.getString("name"), key.getString("country"), n(row)));
        }
        Document interest = rows(facets, "interest").stream().findFirst().orElse(new Document());
        Map<DecisionTime, Long> times = new EnumMap<>(DecisionTime.class);
        for (DecisionTime t : DecisionTime.values()) {
            times.put(t, 0L);
        }
        long decided = 0;
        for (Document row : rows(facets, "decisionTimes")) {
            long lower = ((Number) row.get("_id")).longValue();
            times.merge(lower == Long.MIN_VALUE ? DecisionTime.UNDER_1_DAY
                    : DecisionTime.of(java.time.Duration.ofMillis(lower)), n(row), Long::sum);
            decided += n(row);
        }
        return new Figures(single(facets, "total"), days, byStatus, counts(facets, "country"),
                counts(facets, "language"), counts(facets, "focusAreas"), municipalities,
                single(facets, "municipalityCount"),
                new InterestCounts(number(interest, "local"), number(interest, "sweden"),
                        number(interest, "partnership"), number(interest, "mentorship")),
                times, decided, decided == 0 ? null : queries.timesToFirstDecision(callId).median());
    }

    /** The aggregation: {@code scope} (a {@code $match}'s filter, or null for every application), then the facets. */
    static List<Document> pipeline(Document scope) {
        Document facets = new Document()
                .append("total", List.of(new Document("$count", "n")))
                .append("days", List.of(
                        new Document("$match", new Document("submittedAt", new Document("$ne", null))),
                        group(new Document("$dateToString",
                                new Document("format", "%Y-%m-%d").append("date", "$submittedAt"))),
                        new Document("$sort", new Document("_id", 1))))
                .append("status", List.of(group("$status")))
                .append("country", mostFirst("$municipality.country"))
                .append("language", mostFirst("$applicant.language"))
                .append("focusAreas", withHead(new Document("$unwind", "$interest.focusAreas"),
                        mostFirst("$interest.focusAreas")))
                .append("municipalities", List.of(group(municipality()),
                        new Document("$sort", new Document("n", -1).append("_id.name", 1).append("_id.country", 1)),
                        new Document("$limit", TOP_MUNICIPALITIES)))
                .append("municipalityCount", List.of(new Document("$group", new Document("_id", municipality())),
                        new Document("$count", "n")))
                .append("interest", List.of(new Document("$group", new Document("_id", null)
                        .append("local", countIf("$interest.localWorkshop"))
                        .append("sweden", countIf("$interest.swedenWorkshop"))
                        .append("partnership", countIf("$interest.partnership"))
                        .append("mentorship", countIf("$interest.mentorship")))))
                .append("decisionTimes", List.of(
                        new Document("$match", new Document(MongoApplicationQueries.DECISION_MILLIS,
                                new Document("$exists", true))),
                        new Document("$bucket", new Document("groupBy", "$" + MongoApplicationQueries.DECISION_MILLIS)
                                .append("boundaries", boundaries())
                                .append("output", new Document("n", new Document("$sum", 1))))));
        List<Document> pipeline = new ArrayList<>();
        if (scope != null) {
            pipeline.add(new Document("$match", scope));
        }
        pipeline.add(new Document("$facet", facets));
        return pipeline;
    }

    /** The ranges' lower bounds as ms, from the lowest long (a negative time falls in the first), and the end. */
    private static List<Long> boundaries() {
        List<Long> bounds = new ArrayList<>();
        bounds.add(Long.MIN_VALUE);
        for (DecisionTime t : DecisionTime.values()) {
            if (t.below() != null) {
                bounds.add(t.below().toMillis());
            }
        }
        bounds.add(Long.MAX_VALUE);
        return bounds;
    }

    private static Document municipality() {
        return new Document("name", "$municipality.name").append("country", "$municipality.country");
    }

    private static Document group(Object key) {
        return new Document("$group", new Document("_id", key).append("n", new Document("$sum", 1)));
    }

    private static List<Document> mostFirst(Object key) {
        return List.of(group(key), new Document("$sort", new Document("n", -1).append("_id", 1)));
    }

    private static List<Document> withHead(Document head, List<Document> rest) {
        List<Document> stages = new ArrayList<>();
        stages.add(head);
        stages.addAll(rest);
        return stages;
    }

    private static Document countIf(String field) {
        return new Document("$sum", new Document("$cond", List.of(new Document("$eq", List.of(field, true)), 1, 0)));
    }

    private static List<Count> counts(Document facets, String facet) {
        return rows(facets, facet).stream().map(row -> new Count(row.getString("_id"), n(row))).toList();
    }

    private static long single(Document facets, String facet) {
        return rows(facets, facet).stream().findFirst().map(MongoApplicationFigures::n).orElse(0L);
    }

    private static List<Document> rows(Document facets, String facet) {
        return facets.getList(facet, Document.class, List.of());
    }

    private static long n(Document row) {
        return number(row, "n");
    }

    private static long number(Document row, String field) {
        Object value = row.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
