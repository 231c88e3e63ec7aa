package se.icld.gendernetwork.review.application;

/** No such application (or, for applicants, a wrong token: never a hint which). */
public class ApplicationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApplicationNotFoundException() {
        super("no such application");
    }
}
