package se.icld.gendernetwork.review.application.persistence;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A {@link PersistenceSliceSupport} slice whose every test starts with no applications, for the
 * read side's counts, orders and pages (the slices share one database).
 */
public abstract class EmptyStoreSliceSupport extends PersistenceSliceSupport {

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), "applications");
    }
}
