package bi.ppsm.site.cache;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import bi.ppsm.site.cache.PageCache.Page;
import bi.ppsm.site.system.TestSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the page cache itself, without a server. */
class PageCacheTests {

	final PageCache cache = new PageCache(TestSettings.of("ppsm.page-cache.max-pages=2"));

	final Page page = Page.of(Map.of("ETag", "W/\"1\""), "<p>Bonjour</p>".getBytes(StandardCharsets.UTF_8));

	PageCacheTests() {
		this.cache.setLive(true);
	}

	@Test
	void aPageRenderedBeforeAChangeIsNotKept() {
		long renderedAt = this.cache.generation();
		// a change committed (on this instance or another) while the page was being rendered
		this.cache.invalidateAll();
		this.cache.put("/programmes", this.page, renderedAt);
		assertThat(this.cache.get("/programmes")).isNull();

		this.cache.put("/programmes", this.page, this.cache.generation());
		assertThat(this.cache.get("/programmes")).isSameAs(this.page);
	}

	@Test
	void nothingIsKeptOrServedWhileChangesCannotBeHeard() {
		this.cache.put("/", this.page, this.cache.generation());
		this.cache.setLive(false);
		assertThat(this.cache.get("/")).isNull();
		this.cache.put("/services", this.page, this.cache.generation());
		this.cache.setLive(true);
		assertThat(this.cache.get("/services")).isNull();
	}

	@Test
	void aPageNotReadSinceItWasStoredGoesFirst() {
		long now = this.cache.generation();
		this.cache.put("/a", this.page, now);
		this.cache.put("/b", this.page, now);
		this.cache.get("/a");
		this.cache.put("/c", this.page, now);
		assertThat(this.cache.get("/b")).isNull();
		assertThat(this.cache.get("/a")).isNotNull();
		assertThat(this.cache.get("/c")).isNotNull();
	}

	@Test
	void pagesAreKeptGzippedToo() {
		assertThat(this.page.gzipped()).isNotEmpty().startsWith((byte) 0x1f, (byte) 0x8b);
	}

	@Test
	void filesAreNeverKeptButTheirListsAre() {
		assertThat(PageCacheFilter.isCacheable("/documents")).isTrue();
		assertThat(PageCacheFilter.isCacheable("/en/actualites")).isTrue();
		assertThat(PageCacheFilter.isCacheable("/documents/12/0123456789abcdef/rapport.pdf")).isFalse();
		assertThat(PageCacheFilter.isCacheable("/en/documents/12/0123456789abcdef/apercu.jpg")).isFalse();
		assertThat(PageCacheFilter.isCacheable("/medias/abc/360.webp")).isFalse();
	}

}
