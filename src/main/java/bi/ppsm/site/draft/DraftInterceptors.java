package bi.ppsm.site.draft;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A kept submission is replayed only into a form handler, and a saved form drops its draft.
 * (The drafts are looked up lazily: controller slice tests run without them.)
 */
@Configuration(proxyBeanMethods = false)
class DraftInterceptors implements WebMvcConfigurer {

	private final ObjectProvider<FormDrafts> drafts;

	DraftInterceptors(ObjectProvider<FormDrafts> drafts) {
		this.drafts = drafts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ReplayOnlyIntoForms()).addPathPatterns("/admin/**");
		registry.addInterceptor(new SavedFormDropsItsDraft()).addPathPatterns("/admin/**");
	}

	/** Never an action (delete, move...): only a handler that validates a form shows it again. */
	static final class ReplayOnlyIntoForms implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			if (request.getAttribute(RestoredForms.RESTORED) == null) {
				return true;
			}
			boolean form = false;
			if (handler instanceof HandlerMethod method) {
				for (var parameter : method.getMethodParameters()) {
					form |= parameter.hasParameterAnnotation(Valid.class)
							|| parameter.hasParameterAnnotation(Validated.class);
				}
			}
			if (!form) {
				response.sendRedirect(request.getContextPath() + "/admin");
			}
			return form;
		}

	}

	/** A POST that ends in a redirect was accepted: the draft of that form is not needed any more. */
	final class SavedFormDropsItsDraft implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView view) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			FormDrafts formDrafts = DraftInterceptors.this.drafts.getIfAvailable();
			if (formDrafts != null && "POST".equals(request.getMethod()) && view != null && view.getViewName() != null
					&& view.getViewName().startsWith("redirect:") && authentication != null
					&& !SessionEndedHandlers.background(request)) {
				formDrafts.delete(authentication.getName(), PendingSubmissions.path(request));
			}
		}

	}

}
