package bi.ppsm.site.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import bi.ppsm.site.admin.RequiredFields;
import bi.ppsm.site.cache.PageCache;
import bi.ppsm.site.contact.MessageRepository;
import bi.ppsm.site.document.FileSizes;
import bi.ppsm.site.document.PublishedDocuments;
import bi.ppsm.site.mail.OutboxRepository;
import bi.ppsm.site.period.PeriodFormat;
import bi.ppsm.site.revision.Revisions;
import bi.ppsm.site.settings.CurrentSiteSettings;
import bi.ppsm.site.settings.SiteSettingsRepository;
import bi.ppsm.site.translation.TranslatedText;
import bi.ppsm.site.translation.TranslationDialect;
import bi.ppsm.site.translation.TranslationStatus;
import bi.ppsm.site.translation.Translations;

/**
 * A slice test of one controller with the site's real templates, security and helpers
 * ({@code #markdown}, {@code #formats}, {@code #periods}, {@code #tr}); the site settings and the
 * content translations are mocked (no translation: pages show the French), and so are
 * the revisions (whose count the edit forms show).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest
@Import({ SecurityConfiguration.class, SiteDialect.class, Markdown.class, Formats.class, PeriodFormat.class, SiteUrls.class, PageCache.class, CurrentSiteSettings.class,
		RequiredFields.class, FileSizes.class, TranslatedText.class, TranslationStatus.class, TranslationDialect.class })
@MockitoBean(types = { SiteSettingsRepository.class, MessageRepository.class, PublishedDocuments.class,
		OutboxRepository.class, Translations.class })
@MockitoBean(name = "revisions", types = Revisions.class)
public @interface WebSliceTest {

	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
