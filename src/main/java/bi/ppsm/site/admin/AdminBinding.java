package bi.ppsm.site.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Error messages of admin forms come from the {@code admin.validation.*} keys: Bean
 * Validation codes ({@code admin.validation.NotBlank}), conversion errors
 * ({@code admin.validation.typeMismatch}) and the codes our controllers reject with
 * ({@code admin.validation.conflict}).
 */
@ControllerAdvice
class AdminBinding {

	static final String PREFIX = "admin.validation.";

	@InitBinder
	void adminMessages(WebDataBinder binder, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/admin")) {
			DefaultMessageCodesResolver resolver = new DefaultMessageCodesResolver();
			resolver.setPrefix(PREFIX);
			binder.setMessageCodesResolver(resolver);
		}
	}

}
