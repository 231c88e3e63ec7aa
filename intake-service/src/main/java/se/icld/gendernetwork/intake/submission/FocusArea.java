package se.icld.gendernetwork.intake.submission;

/** The areas of work named in the call. */
public enum FocusArea {
    POLITICAL_PARTICIPATION,
    GENDER_BASED_VIOLENCE,
    ECONOMIC_EMPOWERMENT,
    EDUCATION_AND_HEALTH,
    URBAN_PLANNING
}
