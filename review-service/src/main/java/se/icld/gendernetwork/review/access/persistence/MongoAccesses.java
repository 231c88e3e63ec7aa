package se.icld.gendernetwork.review.access.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

import jakarta.annotation.PostConstruct;
import se.icld.gendernetwork.review.access.Access;
import se.icld.gendernetwork.review.access.Accesses;

/**
 * The {@code accesses} collection: one insert per look ({@code {at, by, kind, applicationIds}}), an
 * export's ids in chunks so no document grows large; found per application by a multikey index.
 */
@Repository
@RequiredArgsConstructor
class MongoAccesses implements Accesses {

    static final String COLLECTION = "accesses";

    private final MongoTemplate mongo;

    @PostConstruct
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("applicationIds", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }

    @Override
    public void record(Access access) {
        mongo.insert(access, COLLECTION);
    }

    @Override
    public List<Access> of(UUID applicationId) {
        return mongo.find(query(where("applicationIds").is(applicationId.toString())).with(Sort.by(Sort.Direction.DESC, "at")),
                Access.class, COLLECTION);
    }
}
