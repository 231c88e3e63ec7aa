package se.icld.gendernetwork.review.application;

/**
 * One reason a review is refused: the {@code field} as the API names it ({@code scores.<criterion>},
 * {@code recommendation}, {@code comment}) and a {@code code} (the console's message key
 * {@code review.problem.<code>}) with an English {@code message} for the API.
 */
public record ReviewProblem(String field, String code, String message) {
}
