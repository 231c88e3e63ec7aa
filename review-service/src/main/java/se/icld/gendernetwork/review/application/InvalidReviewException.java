package se.icld.gendernetwork.review.application;

import java.util.List;

/** A review that breaks the rules of {@link ReviewSubmission}: answered with 400 and each field's problem. */
public class InvalidReviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ReviewProblem> problems;

    public InvalidReviewException(List<ReviewProblem> problems) {
        super("invalid review: " + problems.stream().map(ReviewProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ReviewProblem> problems() {
        return problems;
    }
}
