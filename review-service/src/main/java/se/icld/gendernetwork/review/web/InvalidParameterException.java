package se.icld.gendernetwork.review.web;

/**
 * A request parameter the API refuses: a 400 problem naming {@link #parameter()} with a message about
 * its form, never quoting the value (a search text may be an applicant's name).
 */
public class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The message without the parameter's name. */
    public String problem() {
        return getMessage().substring(parameter.length() + 2);
    }
}
