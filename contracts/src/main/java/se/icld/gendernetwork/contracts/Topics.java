package se.icld.gendernetwork.contracts;

/** Topic names of DESIGN.md. Each consumer group dead-letters to {@code <topic>.<group>.dlq}. */
public final class Topics {

    public static final String SUBMISSIONS = "intake.submissions.v1";
    public static final String APPLICATIONS = "review.applications.v1";
    public static final String DELIVERIES = "notification.deliveries.v1";

    private Topics() {
    }

    public static String deadLetter(String topic, String group) {
        return topic + "." + group + ".dlq";
    }
}
