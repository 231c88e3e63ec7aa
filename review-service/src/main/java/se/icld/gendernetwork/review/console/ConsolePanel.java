package se.icld.gendernetwork.review.console;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Recommendation;
import se.icld.gendernetwork.review.application.Review;
import se.icld.gendernetwork.review.application.ReviewSummary;
import se.icld.gendernetwork.review.criteria.Criterion;
import se.icld.gendernetwork.review.workflow.Panel;

/**
 * The detail page's reviews section, formatted for the reader: the reviews they may see (one row
 * each, a score per criterion in the criteria's order), the panel's averages and counts, and the
 * values of their own review form ({@code form}: their last review, or what they just sent when it
 * was refused). Numbers in the reader's language (3,50 in es and sv). {@code conflicted}: the reader
 * has a conflict of interest with the application, so the page offers them no form that would be refused.
 */
public record ConsolePanel(List<CriterionColumn> criteria, List<ReviewRow> reviews, boolean hidden, List<String> averages,
        String overall, Map<Recommendation, Integer> recommendations, boolean canReview, Form form, boolean conflicted,
        List<ConflictRow> conflicts) {

    /** A declared conflict of interest: who, declared by whom, when (the reason is not shown). */
    public record ConflictRow(String reviewer, String declaredBy, String at) {
    }

    public record CriterionColumn(String id, String name) {
    }

    public record ReviewRow(String by, String at, List<Integer> scores, Recommendation recommendation, String comment) {
    }

    /** The review form's values; {@code scores} by criterion id (missing: not chosen). */
    public record Form(Map<String, Integer> scores, String recommendation, String comment) {

        static final Form EMPTY = new Form(Map.of(), null, null);

        public Integer score(String criterion) {
            return scores.get(criterion);
        }
    }

    /** The recommendations a reviewer chooses from, in order. */
    public List<Recommendation> choices() {
        return List.of(Recommendation.values());
    }

    static ConsolePanel of(Application application, Panel panel, List<Criterion> criteria, String me, Form sent,
            ConsoleTime time) {
        Locale locale = time.locale();
        List<CriterionColumn> columns = criteria.stream().map(c -> new CriterionColumn(c.id(), c.nameIn(locale))).toList();
        List<ReviewRow> rows = panel.reviews().stream()
                .map(r -> new ReviewRow(r.by(), time.format(r.at()),
                        criteria.stream().map(c -> r.scores().get(c.id())).toList(), r.recommendation(), r.comment()))
                .toList();
        ReviewSummary aggregate = panel.aggregate();
        List<String> averages = aggregate == null ? List.of()
                : criteria.stream().map(c -> number(aggregate.averages().get(c.id()), locale)).toList();
        Review own = application.reviews().stream().filter(r -> r.by().equals(me)).findFirst().orElse(null);
        Form form = sent != null ? sent
                : own == null ? Form.EMPTY : new Form(own.scores(), own.recommendation().name(), own.comment());
        return new ConsolePanel(columns, rows, panel.hidden(), averages,
                aggregate == null ? null : number(aggregate.overall(), locale),
                aggregate == null ? Map.of() : aggregate.recommendations(),
                application.status().undecided() && !application.erased() && !application.conflictedWith(me), form,
                application.conflictedWith(me),
                application.conflicts().stream()
                        .map(c -> new ConflictRow(c.reviewer(), c.declaredBy(), time.format(c.at()))).toList());
    }

    static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
