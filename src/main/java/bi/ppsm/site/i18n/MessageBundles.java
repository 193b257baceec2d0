package bi.ppsm.site.i18n;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.StringUtils;

/**
 * The message bundles ({@code spring.messages.*}, as Spring Boot would set them), formatting
 * each message that has arguments without a lock shared between requests.
 * <p>
 * Spring's message sources keep one {@link MessageFormat} per message and language and format
 * with it inside {@code synchronized}: every page showing the same message with arguments (a
 * count of results, a page number, a date) waits for the others. Measured under load on two
 * processors, a request waited there 23 ms on average, 1 215 times in 30 s of searches: a
 * thread holding the lock is often descheduled while the others queue. Here the kept format
 * is only ever copied, and each message is formatted with its own copy.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessageSourceProperties.class)
class MessageBundles {

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(MessageSourceProperties settings) {
		ResourceBundleMessageSource bundles = new UnsharedFormats();
		bundles.setBasenames(settings.getBasename().stream()
			.flatMap((names) -> StringUtils.commaDelimitedListToSet(StringUtils.trimAllWhitespace(names)).stream())
			.toArray(String[]::new));
		if (settings.getEncoding() != null) {
			bundles.setDefaultEncoding(settings.getEncoding().name());
		}
		bundles.setFallbackToSystemLocale(settings.isFallbackToSystemLocale());
		Duration cacheDuration = settings.getCacheDuration();
		if (cacheDuration != null) {
			bundles.setCacheMillis(cacheDuration.toMillis());
		}
		bundles.setAlwaysUseMessageFormat(settings.isAlwaysUseMessageFormat());
		bundles.setUseCodeAsDefaultMessage(settings.isUseCodeAsDefaultMessage());
		return bundles;
	}

	/** Gives out a copy of the kept format: the copy is formatted under a lock no other request takes. */
	static class UnsharedFormats extends ResourceBundleMessageSource {

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat kept = super.resolveCode(code, locale);
			return (kept != null) ? (MessageFormat) kept.clone() : null;
		}

	}

}
