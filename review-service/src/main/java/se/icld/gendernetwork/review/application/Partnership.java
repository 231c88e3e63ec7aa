package se.icld.gendernetwork.review.application;

/**
 * The answers of an application to the partnership programme: {@code networkReference}, the reference
 * of the municipality's earlier application to the network; {@code swedishMunicipality}, the Swedish
 * municipality they would like to partner with ({@code null}: no preference); {@code earlierApplicationId},
 * the id of the application found by that reference when this one was registered ({@code null}: none
 * was found, the application is flagged and its eligibility says so). The focus of the partnership is
 * the application's focus areas and motivation, the mentoring wish its {@link Interest#mentorship()}.
 */
public record Partnership(String networkReference, String swedishMunicipality, String earlierApplicationId) {

    /** Whether the reference named an application when this one was registered. */
    public boolean linked() {
        return earlierApplicationId != null;
    }
}
