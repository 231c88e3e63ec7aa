package se.icld.gendernetwork.review.application;

/** The municipality an application is for (country: ISO code). */
public record Municipality(String name, String region, String country) {
}
