package se.icld.gendernetwork.review.workflow;

import java.util.List;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Review;
import se.icld.gendernetwork.review.application.ReviewSummary;

/**
 * The reviews of an application as one reader may see them, with the panel's figures computed from
 * exactly those reviews (so a hidden review cannot be read back from an average). With
 * {@code review.reviews.blind-until-own}, a reviewer who has not reviewed the application yet sees
 * none ({@code hidden} true, {@code aggregate} null); an admin, who chairs rather than reviews, sees
 * them all.
 */
public record Panel(List<Review> reviews, ReviewSummary aggregate, boolean hidden) {

    public static Panel of(Application application, String reader, boolean admin, boolean blindUntilOwn,
            List<String> criteria) {
        List<Review> visible = application.reviewsVisibleTo(reader, blindUntilOwn && !admin);
        boolean hidden = visible.size() < application.reviews().size();
        return new Panel(visible, hidden ? null : ReviewSummary.of(visible, criteria), hidden);
    }

    /** The reader's own review, or null. */
    public Review own(String reader) {
        return reviews.stream().filter(r -> r.by().equals(reader)).findFirst().orElse(null);
    }
}
