package bi.ppsm.site.cache;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import bi.ppsm.site.cache.PageCache.Page;
import bi.ppsm.site.system.TestSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the page cache itself, without a server. */
class PageCacheTests {

	final Page page = Page.of(Map.of("ETag", "W/\"1\""), "<p>Bonjour</p>".getBytes(StandardCharsets.UTF_8));

	/** What one small page takes under a four-character key ("/p00"). */
	final long pageSize = this.page.size("/p00");

	/** Room for forty small pages and a half (so an eighth of it is five pages). */
	final long maxBytes = 40 * this.pageSize + this.pageSize / 2;

	final PageCache cache = new PageCache(TestSettings.of("ppsm.page-cache.max-bytes=" + this.maxBytes + "B"));

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
		fillWithSmallPages();
		assertThat(this.cache.size()).isEqualTo(40);
		this.cache.get("/p00");
		this.cache.put("/p40", this.page, this.cache.generation());
		assertThat(this.cache.get("/p01")).isNull();
		assertThat(this.cache.get("/p00")).isNotNull();
		assertThat(this.cache.get("/p40")).isNotNull();
		assertThat(this.cache.bytes()).isEqualTo(40 * this.pageSize).isLessThanOrEqualTo(this.maxBytes);
	}

	@Test
	void theCacheIsBoundedByTheBytesOfItsPagesNotByTheirNumber() {
		fillWithSmallPages();
		// a page that takes about four small ones (under an eighth of the budget)
		Page larger = Page.of(Map.of("ETag", "W/\"2\""), new byte[(int) (4 * this.pageSize)]);
		assertThat(larger.size("/p99")).isGreaterThan(3 * this.pageSize).isLessThanOrEqualTo(this.maxBytes / 8);
		this.cache.put("/p99", larger, this.cache.generation());
		assertThat(this.cache.get("/p99")).isSameAs(larger);
		// four or five small pages went, the oldest first
		assertThat(this.cache.size()).isBetween(36, 37);
		assertThat(this.cache.bytes()).isLessThanOrEqualTo(this.maxBytes);
		assertThat(this.cache.get("/p00")).isNull();
		assertThat(this.cache.get("/p03")).isNull();
		assertThat(this.cache.get("/p39")).isNotNull();
	}

	private void fillWithSmallPages() {
		long now = this.cache.generation();
		for (int i = 0; i < 40; i++) {
			this.cache.put("/p%02d".formatted(i), this.page, now);
		}
	}

	@Test
	void aPageLargerThanAnEighthOfTheBudgetIsNeverStored() {
		Page huge = Page.of(Map.of("ETag", "W/\"3\""), new byte[(int) (this.maxBytes / 8) + 1]);
		this.cache.put("/sitemap.xml", huge, this.cache.generation());
		assertThat(this.cache.get("/sitemap.xml")).isNull();
		assertThat(this.cache.bytes()).isZero();
		assertThat(this.cache.maxPageBodyBytes()).isEqualTo((int) (this.maxBytes / 8));
	}

	@Test
	void replacingOrEmptyingKeepsTheCountOfBytesRight() {
		long now = this.cache.generation();
		this.cache.put("/p00", this.page, now);
		this.cache.put("/p00", this.page, now);
		assertThat(this.cache.bytes()).isEqualTo(this.pageSize);
		this.cache.invalidateAll();
		assertThat(this.cache.bytes()).isZero();
		assertThat(this.cache.size()).isZero();
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

	@Test
	void exportFilesThatKeepThemselvesAreNotCopiedIntoTheCache() {
		assertThat(PageCacheFilter.isCacheable("/donnees/hsds/services")).isFalse();
		assertThat(PageCacheFilter.isCacheable("/en/donnees/hsds/organizations")).isFalse();
		assertThat(PageCacheFilter.isCacheable("/iati/activities.xml")).isFalse();
		assertThat(PageCacheFilter.isCacheable("/sitemap.xml")).isFalse();
		assertThat(PageCacheFilter.isCacheable("/programmes")).isTrue();
	}

	@Test
	void anIfNoneMatchNamesAKeptFileWeakOrStrong() {
		assertThat(KeptFile.matches("W/\"1abc\"", "W/\"1abc\"")).isTrue();
		assertThat(KeptFile.matches("\"1abc\"", "W/\"1abc\"")).isTrue();
		assertThat(KeptFile.matches("\"x\", W/\"1abc\"", "W/\"1abc\"")).isTrue();
		assertThat(KeptFile.matches("W/\"1abd\"", "W/\"1abc\"")).isFalse();
		assertThat(KeptFile.matches(null, "W/\"1abc\"")).isFalse();
	}

}
