package bi.ppsm.site.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's bundles format messages with arguments from a copy of the kept format, never the shared one. */
class MessageBundlesTests {

	final MessageBundles.UnsharedFormats bundles = new MessageBundles.UnsharedFormats();

	MessageBundlesTests() {
		this.bundles.setBasename("i18n/messages");
		this.bundles.setDefaultEncoding("UTF-8");
		this.bundles.setFallbackToSystemLocale(false);
	}

	@Test
	void eachMessageWithArgumentsIsFormattedWithItsOwnCopy() {
		Locale french = Locale.FRENCH;
		assertThat(this.bundles.resolveCode("search.pager.position", french))
			.isNotSameAs(this.bundles.resolveCode("search.pager.position", french));
		assertThat(this.bundles.getMessage("search.pager.position", new Object[] { 2, 7 }, french)).isEqualTo("Page 2 sur 7");
		assertThat(this.bundles.getMessage("contact.error.Size", new Object[] { "message", 5000, 10 }, french))
			.isEqualTo("Ce texte est trop long (au plus 5000 caractères).");
		assertThat(this.bundles.getMessage("search.none", new Object[] { "rapatriés" }, Locale.ENGLISH)).doesNotContain("{0}")
			.contains("rapatriés");
	}

	@Test
	void manyRequestsAtOnceEachGetTheirOwnText() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> all = new ArrayList<>();
			for (int i = 0; i < 2_000; i++) {
				int n = i;
				all.add(pool.submit(() -> this.bundles
					.getMessage("contact.error.Size.message", new Object[] { "message", 1000 + n, n }, Locale.FRENCH)
					.equals("Le message doit compter entre " + n + " et " + (1000 + n) + " caractères.")));
			}
			for (Future<Boolean> one : all) {
				assertThat(one.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
