package se.icld.gendernetwork.review.application;

/** Who applied; {@code language} is es, en or sv. */
public record Applicant(String fullName, String email, String phone, String position, String language) {
}
