package bi.ppsm.site.draft;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Wires "nothing typed is lost": Spring Security's handlers for a refused save
 * ({@code system/SecurityConfiguration} takes them), the filter that shows a kept submission
 * again, and the clean-up of what expired. The MVC side is {@link DraftInterceptors}.
 */
@Configuration(proxyBeanMethods = false)
class DraftConfiguration {

	private final FormDrafts drafts;

	private final PendingSubmissions pending;

	DraftConfiguration(FormDrafts drafts, PendingSubmissions pending) {
		this.drafts = drafts;
		this.pending = pending;
	}

	@Bean
	AuthenticationEntryPoint sessionEndedEntryPoint() {
		return new SessionEndedHandlers.EntryPoint(this.pending);
	}

	@Bean
	AccessDeniedHandler staleTokenHandler(RequestCache requestCache) {
		return new SessionEndedHandlers.StaleToken(this.pending, requestCache);
	}

	/** Right after Spring Security's filters (order -100), which say who is signed in. */
	@Bean
	FilterRegistrationBean<ReplayFilter> replayFilter() {
		FilterRegistrationBean<ReplayFilter> registration = new FilterRegistrationBean<>(new ReplayFilter(this.pending));
		registration.addUrlPatterns("/admin/*");
		registration.setOrder(0);
		return registration;
	}

	/**
	 * Kept submissions live an hour (each new one also removes the expired), drafts thirty
	 * days; the rest is removed with the retention job, at ppsm.retention.cron ("-": never).
	 */
	@Scheduled(cron = "${ppsm.retention.cron:0 30 3 * * *}")
	void deleteExpired() {
		this.pending.deleteExpired();
		this.drafts.deleteExpired();
	}

}
