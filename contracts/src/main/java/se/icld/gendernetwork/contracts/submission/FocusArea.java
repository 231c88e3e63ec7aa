package se.icld.gendernetwork.contracts.submission;

/** The areas of work named in the call. Events carry them by {@link #name()}. */
public enum FocusArea {
    POLITICAL_PARTICIPATION,
    GENDER_BASED_VIOLENCE,
    ECONOMIC_EMPOWERMENT,
    EDUCATION_AND_HEALTH,
    URBAN_PLANNING;

    /** Whether {@code name} names a focus area (exactly, case included). */
    public static boolean isFocusArea(String name) {
        for (FocusArea area : values()) {
            if (area.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
