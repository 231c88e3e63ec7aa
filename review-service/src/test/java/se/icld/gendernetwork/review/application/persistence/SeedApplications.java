package se.icld.gendernetwork.review.application.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import org.bson.Document;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.submission.FocusArea;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Eligibility;
import se.icld.gendernetwork.review.application.ReviewSubmission;
import se.icld.gendernetwork.review.application.Status;

/**
 * Loads many applications straight into review's {@code applications} collection, for the seeding
 * benchmark of the local stack ({@code deploy/local/bench/SeedBench.java}, which runs it; see
 * deploy/local/README.md). Not a test, and not part of the service: it lives with the tests so that
 * it runs with review's own classes without being shipped in the service's jar.
 *
 * <p>Each application is made by review's domain class: {@link Application#register} from a
 * submission, then the reviewers' actions ({@code claim}, {@code review}, {@code requestInformation},
 * {@code decide}, {@code withdraw}, notes), each one "written" with every event already published, so
 * no outbox event waits and nothing is sent. Its document is what {@link MongoApplications} would hold
 * after the same changes and the relay's removal of their events: the mapping converter's document of
 * the application, the fields each update sets (null included) once it was changed, and the derived
 * {@code reviewAverage} and {@code decisionMillis}. {@code SeedApplicationsSliceTest} replays the same
 * changes through the store and the relay and fails when the two documents differ.
 *
 * <p>Ids are {@code 5eed0000-0000-4000-8000-<n, 12 hex digits>} for n = 0, 1, ...: a re-run skips
 * the ones already there (so the same count again adds nothing); the bench finds its applications by
 * that prefix. Addresses are {@code seed-<n>@example.org}. Deterministic for a given n and count,
 * apart from the times, which end an hour before the run.
 *
 * <pre>
 *   java -cp review-service/target/review-service-0.1.0-SNAPSHOT.jar \
 *        -Dloader.path=review-service/target/test-classes \
 *        -Dloader.main=se.icld.gendernetwork.review.application.persistence.SeedApplications \
 *        org.springframework.boot.loader.launch.PropertiesLauncher [count=100000] [--spring.mongodb.uri=...]
 * </pre>
 */
public final class SeedApplications {

    public static final String ID_PREFIX = "5eed0000-0000-4000-8000-";
    static final int BATCH = 1_000;
    /** Submission times are spread over this window, ending at the anchor. */
    static final Duration WINDOW = Duration.ofDays(360);
    private static final Duration LEASE = Duration.ofHours(8);
    private static final String PARTNERSHIP_CALL = "partnership-2025";
    /** The calls' criteria, as the service's defaults configure them (network.calls). */
    private static final List<String> NETWORK_CRITERIA = List.of("leadership-commitment", "focus-relevance",
            "workshop-capacity", "partnership-potential");
    private static final List<String> PARTNERSHIP_CRITERIA = List.of("partnership-fit", "mentoring-readiness",
            "leadership-commitment", "focus-relevance");
    private static final List<String> REVIEWERS = List.of("reviewer", "reviewer2");

    private static final String[][] CO = {{"Florida", "Valle del Cauca"}, {"Pasto", "Nariño"}, {"Tumaco", "Nariño"},
            {"Villavicencio", "Meta"}, {"Popayán", "Cauca"}, {"Montería", "Córdoba"}, {"Soacha", "Cundinamarca"},
            {"Quibdó", "Chocó"}, {"Riohacha", "La Guajira"}, {"Barrancabermeja", "Santander"}, {"Ibagué", "Tolima"},
            {"Sincelejo", "Sucre"}};
    private static final String[][] GT = {{"Panajachel", "Sololá"}, {"Cobán", "Alta Verapaz"},
            {"Quetzaltenango", "Quetzaltenango"}, {"Antigua Guatemala", "Sacatepéquez"}, {"Chichicastenango", "Quiché"},
            {"Huehuetenango", "Huehuetenango"}, {"Escuintla", "Escuintla"}, {"Zacapa", "Zacapa"}};
    private static final String[] FIRST = {"Ana", "María", "Lucía", "Carmen", "Rosa", "Elena", "Sofía", "Isabel",
            "Marta", "Paula", "Laura", "Julia", "Andrea", "Gloria", "Teresa", "Beatriz"};
    private static final String[] LAST = {"García", "López", "Martínez", "Rodríguez", "Pérez", "Gómez", "Díaz",
            "Hernández", "Ramírez", "Torres", "Flores", "Vargas", "Castillo", "Morales", "Ortiz", "Rojas"};
    private static final String[] POSITIONS = {"Alcaldesa", "Concejala", "Secretaria de la Mujer", "Directora",
            "Asesora", "Personera municipal"};
    private static final String[] MOTIVATION = {
            "Queremos unirnos a la red para fortalecer la participación política de las mujeres en nuestro municipio.",
            "Nuestro concejo aprobó una política pública de igualdad de género y buscamos aprender de otros municipios.",
            "La violencia de género sigue siendo alta en las zonas rurales y necesitamos herramientas para prevenirla.",
            "Queremos planificar espacios públicos seguros con la participación de las organizaciones de mujeres.",
            "El municipio tiene un programa de emprendimiento para mujeres que queremos ampliar con apoyo de la red.",
            "Buscamos intercambiar experiencias sobre presupuestos con enfoque de género y rendición de cuentas."};
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private SeedApplications() {
    }

    /** The id of the n-th seeded application. */
    public static String id(long n) {
        return ID_PREFIX + String.format("%012x", n);
    }

    /**
     * One application to seed: the submission it was registered from, when, the network application
     * a partnership application named (or null), and what happened to it after, in order (each step
     * one change, written on its own), and the application they make.
     */
    record Seed(long n, InterestSubmitted submission, String earlierApplicationId, Instant registeredAt,
            List<Consumer<Application>> steps, Application result) {

        Application registered() {
            return Application.register(submission, earlierApplicationId, registeredAt);
        }

        /** The application after every step, every change written and its events published. */
        static Application built(Application registered, List<Consumer<Application>> steps) {
            registered.changesWritten(List.of());
            for (Consumer<Application> step : steps) {
                step.accept(registered);
                registered.changesWritten(List.of());
            }
            return registered;
        }
    }

    /**
     * The seeds 0, 1, ... of a seeding of {@code count} applications whose times end at {@code anchor},
     * one after the other (a partnership application names the latest accepted network application
     * before it).
     */
    static final class Generator {

        private final long count;
        private final Instant anchor;
        private long next;
        private Application lastAcceptedNetwork;

        Generator(long count, Instant anchor) {
            this.count = count;
            this.anchor = anchor.truncatedTo(ChronoUnit.MILLIS);
        }

        boolean hasNext() {
            return next < count;
        }

        /** The next seed, with the application it makes (its steps applied). */
        Seed next() {
            long n = next++;
            SplittableRandom random = new SplittableRandom(0x5EEDL * 1_000_003L + n);
            long windowMillis = WINDOW.toMillis();
            Instant submittedAt = anchor.minusMillis(windowMillis)
                    .plusMillis((long) ((n + random.nextDouble()) * windowMillis / count));
            double age = Duration.between(submittedAt, anchor).toMillis() / (double) windowMillis; // 0 newest .. 1 oldest
            Application earlier = random.nextInt(100) < 12 ? lastAcceptedNetwork : null;
            InterestSubmitted submission = submission(n, submittedAt, earlier, random);
            Instant registeredAt = submittedAt.plusMillis(200 + random.nextInt(5_000));
            List<Consumer<Application>> steps = steps(random, registeredAt, age, submission.partnership() != null,
                    earlier);
            String earlierId = earlier == null ? null : earlier.id();
            Application built = Seed.built(Application.register(submission, earlierId, registeredAt), steps);
            if (built.status() == Status.ACCEPTED && built.partnership() == null) {
                lastAcceptedNetwork = built;
            }
            return new Seed(n, submission, earlierId, registeredAt, steps, built);
        }

        private InterestSubmitted submission(long n, Instant submittedAt, Application earlier, SplittableRandom random) {
            String[] municipality;
            String country;
            if (earlier != null) {
                municipality = new String[] {earlier.municipality().name(), earlier.municipality().region()};
                country = earlier.municipality().country();
            } else if (random.nextInt(100) < 60) {
                municipality = CO[random.nextInt(CO.length)];
                country = "CO";
            } else {
                municipality = GT[random.nextInt(GT.length)];
                country = "GT";
            }
            String language = random.nextInt(100) < 85 ? "es" : random.nextBoolean() ? "en" : "sv";
            List<String> focus = new ArrayList<>();
            FocusArea[] areas = FocusArea.values();
            int first = random.nextInt(areas.length);
            for (int i = 0, k = 1 + random.nextInt(3); i < k; i++) {
                focus.add(areas[(first + i) % areas.length].name());
            }
            StringBuilder motivation = new StringBuilder();
            for (int i = 0, k = 2 + random.nextInt(5); i < k; i++) {
                motivation.append(i == 0 ? "" : " ").append(MOTIVATION[random.nextInt(MOTIVATION.length)]);
            }
            return new InterestSubmitted(new UUID(0x5EED_0000_0000_4000L, n), submittedAt, UUID.fromString(id(n)),
                    reference(n), "%016x%016x%016x%016x".formatted(random.nextLong(), random.nextLong(), random.nextLong(), n),
                    new InterestSubmitted.Applicant(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]
                            + " " + LAST[random.nextInt(LAST.length)], "seed-" + n + "@example.org", null,
                            POSITIONS[random.nextInt(POSITIONS.length)], language),
                    new InterestSubmitted.Municipality(municipality[0], municipality[1], country), motivation.toString(),
                    focus, new InterestSubmitted.Workshops(random.nextBoolean(), random.nextBoolean()),
                    random.nextBoolean(), random.nextBoolean(),
                    new InterestSubmitted.Consent(true, submittedAt.isBefore(Instant.parse("2026-12-01T00:00:00Z"))
                            ? "2024-01" : "2026-12"),
                    earlier == null ? null : PARTNERSHIP_CALL,
                    earlier == null ? null : new InterestSubmitted.Partnership(earlier.reference(),
                            random.nextBoolean() ? "Uppsala" : null));
        }

        /**
         * What reviewers did: the older the application, the likelier it is decided; 5 % withdrawn;
         * every time after the registration and before the anchor.
         */
        private List<Consumer<Application>> steps(SplittableRandom random, Instant registeredAt, double age,
                boolean partnership, Application earlier) {
            List<Consumer<Application>> steps = new ArrayList<>();
            long room = Math.max(1, Duration.between(registeredAt, anchor).toMillis());
            // The claim comes some time after the registration (at most 30 days, always before the anchor);
            // what follows it happens within the claim's lease, as long as there is room.
            Instant claimedAt = registeredAt.plusMillis((long) (random.nextDouble() * Math.min(room / 2, Duration.ofDays(30).toMillis())));
            long step = Math.max(1, Math.min(Duration.ofMinutes(40).toMillis(), Duration.between(claimedAt, anchor).toMillis() / 8));
            String reviewer = REVIEWERS.get(random.nextInt(REVIEWERS.size()));
            List<String> criteria = partnership ? PARTNERSHIP_CRITERIA : NETWORK_CRITERIA;
            int roll = random.nextInt(1000);
            boolean decided = roll >= 50 && roll < 50 + (int) (850 * age);
            if (roll < 50) {
                boolean claimedFirst = random.nextBoolean();
                if (claimedFirst) {
                    steps.add(a -> a.claim(reviewer, claimedAt, LEASE));
                }
                Instant at = claimedAt.plusMillis(step);
                steps.add(a -> a.withdraw(at));
                return steps;
            }
            int undecided = random.nextInt(100);
            if (!decided && undecided < 55) {
                return steps; // RECEIVED
            }
            steps.add(a -> a.claim(reviewer, claimedAt, LEASE));
            if (random.nextInt(100) < 10) {
                Instant at = claimedAt.plusMillis(step / 2);
                steps.add(a -> a.addNote(reviewer, "Llamar a la secretaría para confirmar el interés en los talleres.", at));
            }
            int reviews = random.nextInt(3);
            for (int i = 0; i < reviews; i++) {
                String by = REVIEWERS.get(i);
                Instant at = claimedAt.plusMillis(step * (1 + i));
                Map<String, Integer> scores = new TreeMap<>();
                for (String criterion : criteria) {
                    scores.put(criterion, 1 + random.nextInt(5));
                }
                String recommendation = List.of("ACCEPT", "WAITLIST", "REJECT").get(random.nextInt(3));
                steps.add(a -> a.review(by, new ReviewSubmission(scores, recommendation, null), criteria, at));
            }
            if (!decided) {
                if (undecided >= 90) {
                    Instant at = claimedAt.plusMillis(step * 3);
                    steps.add(a -> a.requestInformation(reviewer, "¿Pueden enviarnos el acuerdo del concejo municipal?", at));
                }
                return steps; // IN_REVIEW or INFO_REQUESTED
            }
            int outcome = random.nextInt(100);
            Status status = outcome < 40 ? Status.ACCEPTED : outcome < 55 ? Status.WAITLISTED : Status.REJECTED;
            if (status == Status.ACCEPTED && partnership && (earlier == null || earlier.status() != Status.ACCEPTED)) {
                status = Status.WAITLISTED;
            }
            Status decision = status;
            Instant decidedAt = claimedAt.plusMillis(step * 4);
            String message = decision == Status.ACCEPTED ? "Bienvenidas a la red."
                    : decision == Status.WAITLISTED ? "Su solicitud queda en lista de espera." : "Gracias por su interés.";
            steps.add(a -> a.decide(reviewer, decision, message, decidedAt, Duration.ZERO,
                    partnership ? Eligibility.of(a, earlier, true) : null));
            if (decision == Status.WAITLISTED && !partnership && random.nextInt(100) < 30) {
                Instant reclaimedAt = claimedAt.plusMillis(step * 5);
                Instant acceptedAt = claimedAt.plusMillis(step * 6);
                steps.add(a -> a.claim(reviewer, reclaimedAt, LEASE));
                steps.add(a -> a.decide(reviewer, Status.ACCEPTED, "Se liberó un cupo: bienvenidas a la red.", acceptedAt));
            }
            return steps;
        }

        private static String reference(long n) {
            // A bijection of n onto 8 characters of the alphabet (32^8 references), so references are unique.
            long x = (n * 0x9E3779B1L + 0x5EEDL) & ((1L << 40) - 1);
            StringBuilder s = new StringBuilder("GEN-");
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    s.append('-');
                }
                s.append(ALPHABET.charAt((int) (x >>> (35 - 5 * i)) & 31));
            }
            return s.toString();
        }
    }

    /**
     * The document {@link MongoApplications} holds for {@code a} once its events are published: the
     * converter's document (as {@code insert} writes it), with the fields every update sets and the
     * derived ones once it was changed after its registration.
     */
    static Document document(MongoConverter converter, Application a) {
        Document d = new Document();
        converter.write(a, d);
        if (a.version() > 1) {
            // The fields every update sets (MongoApplications.state), there once it was changed, null or not.
            for (String field : MongoApplications.state(a).getUpdateObject().get("$set", Document.class).keySet()) {
                d.putIfAbsent(field, null);
            }
            d.put(MongoApplicationQueries.REVIEW_AVERAGE, a.reviewAverage());
        }
        // Each update $min-ed its own decision's time: the first over the whole history.
        MongoApplications.firstDecision(a.submittedAt(), a.history())
                .ifPresent(millis -> d.put(MongoApplicationQueries.DECISION_MILLIS, millis));
        return d;
    }

    /** What a seeding did. */
    record Result(long inserted, long present, Duration took) {
    }

    /** Progress, after each batch. */
    interface Progress {
        void seeded(long done, long inserted);
    }

    /**
     * Seeds applications 0 to {@code count - 1} (times ending at {@code anchor}) that are not there yet,
     * in unordered batches of {@value #BATCH}; a batch whose first and last ids are both there is skipped.
     */
    static Result seed(MongoTemplate mongo, long count, Instant anchor, Progress progress) {
        long started = System.nanoTime();
        Generator seeds = new Generator(count, anchor);
        MongoConverter converter = mongo.getConverter();
        var collection = mongo.getCollection(MongoApplications.COLLECTION);
        long inserted = 0;
        long present = 0;
        long done = 0;
        while (seeds.hasNext()) {
            List<Seed> batch = new ArrayList<>(BATCH);
            while (seeds.hasNext() && batch.size() < BATCH) {
                batch.add(seeds.next());
            }
            done += batch.size();
            if (exists(mongo, batch.get(0)) && exists(mongo, batch.get(batch.size() - 1))) {
                present += batch.size();
            } else {
                List<Document> documents = batch.stream().map(s -> document(converter, s.result())).toList();
                try {
                    collection.insertMany(documents, new InsertManyOptions().ordered(false));
                    inserted += documents.size();
                } catch (MongoBulkWriteException e) {
                    long duplicates = e.getWriteErrors().stream().filter(w -> w.getCode() == 11000).count();
                    if (duplicates < e.getWriteErrors().size()) {
                        BulkWriteError other = e.getWriteErrors().stream().filter(w -> w.getCode() != 11000).findFirst()
                                .orElseThrow();
                        throw new IllegalStateException("seeding failed: " + other.getMessage(), e);
                    }
                    inserted += documents.size() - duplicates;
                    present += duplicates;
                }
            }
            progress.seeded(done, inserted);
        }
        return new Result(inserted, present, Duration.ofNanos(System.nanoTime() - started));
    }

    private static boolean exists(MongoTemplate mongo, Seed seed) {
        return mongo.exists(query(where("_id").is(id(seed.n()))), MongoApplications.COLLECTION);
    }

    /**
     * Review's MongoDB connection, as the service configures it (spring.mongodb.uri in its application.yml).
     * Not a {@code @Configuration}, so that no component scan of the tests (the slices' adapters, the
     * service's own scan in integration tests) picks it up.
     */
    @ImportAutoConfiguration({MongoAutoConfiguration.class, DataMongoAutoConfiguration.class})
    static class Connection {
    }

    public static void main(String[] args) {
        long count = args.length > 0 && !args[0].startsWith("--") ? Long.parseLong(args[0].replace("_", "")) : 100_000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Connection.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=WARN").run(args)) {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            long step = Math.max(BATCH, count / 10);
            System.out.printf("seeding %,d applications (ids %s..., addresses seed-<n>@example.org) into %s.%s%n", count,
                    ID_PREFIX, mongo.getDb().getName(), MongoApplications.COLLECTION);
            long start = System.nanoTime();
            Result result = seed(mongo, count, Instant.now().minus(Duration.ofHours(1)), (done, inserted) -> {
                if (done % step == 0 || done == count) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("  %,d of %,d (%,d inserted), %.0f s, %,.0f/s%n", done, count, inserted, seconds,
                            done / seconds);
                }
            });
            System.out.printf("seeded: %,d inserted, %,d already there, in %.1f s (%,.0f inserted/s)%n", result.inserted(),
                    result.present(), result.took().toMillis() / 1e3,
                    result.inserted() / Math.max(0.001, result.took().toMillis() / 1e3));
        }
    }
}
