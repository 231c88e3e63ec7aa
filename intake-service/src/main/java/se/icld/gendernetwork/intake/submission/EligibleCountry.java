package se.icld.gendernetwork.intake.submission;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import se.icld.gendernetwork.intake.IntakeProperties;

/** An ISO country code among {@code intake.eligible-countries}. A blank value is left to {@code @NotBlank}. */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = EligibleCountry.Validator.class)
public @interface EligibleCountry {

    String message() default "{validation.country}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's constraint validator factory, so it reads the configured countries. */
    class Validator implements ConstraintValidator<EligibleCountry, String> {

        private final IntakeProperties properties;

        Validator(IntakeProperties properties) {
            this.properties = properties;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || properties.eligibleCountries().contains(value);
        }
    }
}
