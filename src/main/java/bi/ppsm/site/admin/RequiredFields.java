package bi.ppsm.site.admin;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.PropertyDescriptor;

import org.springframework.stereotype.Component;

/**
 * Tells the form fragments which fields a form requires, from the form's own Bean Validation
 * constraints, so that a required field is marked before any save attempt and the marks never
 * drift from the checks. Used in templates as {@code ${@requiredFields.required(form, 'name')}}.
 */
@Component("requiredFields")
public class RequiredFields {

	private final Validator validator;

	RequiredFields(Validator validator) {
		this.validator = validator;
	}

	public boolean required(Object form, String field) {
		if (form == null || field == null) {
			return false;
		}
		PropertyDescriptor property = this.validator.getConstraintsForClass(form.getClass())
			.getConstraintsForProperty(field);
		return property != null && property.getConstraintDescriptors()
			.stream()
			.map(c -> c.getAnnotation().annotationType())
			.anyMatch(t -> t == NotNull.class || t == NotBlank.class || t == NotEmpty.class);
	}

}
