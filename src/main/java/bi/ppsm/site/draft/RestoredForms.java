package bi.ppsm.site.draft;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A form shown again from a kept submission ({@link ReplayFilter}) is bound and validated as
 * usual, plus one error ({@code admin.validation.restored}) so that every form handler shows it
 * again instead of saving. The model's {@code restored} tells the page.
 */
@ControllerAdvice
class RestoredForms {

	static final String RESTORED = RestoredForms.class.getName() + ".restored";

	private static final Validator STOP = new Validator() {

		@Override
		public boolean supports(Class<?> type) {
			return true;
		}

		@Override
		public void validate(Object target, Errors errors) {
			errors.reject("restored");
		}

	};

	@InitBinder
	void stopTheSave(WebDataBinder binder, HttpServletRequest request) {
		if (request.getAttribute(RESTORED) != null) {
			binder.addValidators(STOP);
		}
	}

	@ModelAttribute("restored")
	Boolean restored(HttpServletRequest request) {
		return (request.getAttribute(RESTORED) != null) ? Boolean.TRUE : null;
	}

}
