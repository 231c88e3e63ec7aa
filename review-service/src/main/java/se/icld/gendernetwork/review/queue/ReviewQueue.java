package se.icld.gendernetwork.review.queue;

import java.util.List;

import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.Status;

/** The reviewers' queue: filters, oldest first, paged. */
@Service
public class ReviewQueue {

    public static final int MAX_PAGE_SIZE = 100;

    private final ApplicationQueries applications;

    ReviewQueue(ApplicationQueries applications) {
        this.applications = applications;
    }

    /** What to look for; every part optional. {@code text} matches name, municipality or reference. */
    public record Filter(Status status, String country, String municipality, String text) {
    }

    public record Page(List<Application> items, long total, int page, int size) {
    }

    public Page find(Filter filter, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, page);
        ApplicationQueries.QueueFilter wanted = new ApplicationQueries.QueueFilter(filter.status(), filter.country(),
                filter.municipality(), filter.text());
        return new Page(applications.queue(wanted, (long) safePage * safeSize, safeSize), applications.count(wanted),
                safePage, safeSize);
    }
}
