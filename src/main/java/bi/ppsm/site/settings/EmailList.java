package bi.ppsm.site.settings;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import bi.ppsm.site.system.EmailAddresses;

/** Comma-separated e-mail addresses, each one strictly valid (no name, no line break). */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailList.Validator.class)
@interface EmailList {

	String message() default "{admin.validation.EmailList}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<EmailList, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || Arrays.stream(value.split(",", -1)).map(String::strip).allMatch(EmailAddresses::isValid);
		}

	}

}
