package bi.ppsm.site.media;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import bi.ppsm.site.system.Markdown;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ![alt](/images/42)} in a long text: the responsive picture of a library image a
 * public page may show, nothing but the alt text otherwise; no other image address and no
 * script ever pass the sanitiser.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MarkdownImagesTests {

	@Autowired
	Markdown markdown;

	@Autowired
	ImageLibrary library;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void deleteTestImages() {
		this.jdbc.update("delete from image where original_name like 'test-md-%'");
	}

	private Image stored(String name, String alt, boolean showsPeople, boolean consent) throws Exception {
		Image image = this.library.store(TestImages.jpeg(1200, 900), name, "test");
		this.jdbc.update("update image set alt_text = ?, shows_people = ?, consent_recorded = ? where id = ?", alt,
				showsPeople, consent, image.getId());
		return image;
	}

	@Test
	void aLibraryImageBecomesItsResponsivePicture() throws Exception {
		Image image = stored("test-md-atelier.jpg", "Un atelier à Ngozi", false, false);
		Document html = Jsoup.parseBodyFragment(this.markdown.html("Pendant l’atelier :\n\n![](/images/" + image.getId()
				+ ")\n\n![Les participants](/images/" + image.getId() + ")"));
		assertThat(html.select("picture")).hasSize(2);
		Element source = html.selectFirst("picture > source");
		assertThat(source.attr("type")).isEqualTo("image/webp");
		assertThat(source.attr("srcset").replace(" , ", ", ")).isEqualTo(image.srcset("webp"));
		assertThat(source.attr("sizes")).isEqualTo("(min-width: 48rem) 720px, 100vw");
		Element img = html.selectFirst("picture > img");
		assertThat(img.attr("src")).isEqualTo(image.path(720, "jpg"));
		assertThat(img.attr("srcset").replace(" , ", ", ")).isEqualTo(image.srcset("jpg"));
		assertThat(img.attr("width")).isEqualTo("720");
		assertThat(img.attr("height")).isEqualTo("540");
		assertThat(img.attr("loading")).isEqualTo("lazy");
		// the library's alt text, unless the text gives its own
		assertThat(img.attr("alt")).isEqualTo("Un atelier à Ngozi");
		assertThat(html.select("picture > img").get(1).attr("alt")).isEqualTo("Les participants");
	}

	@Test
	void anImageWithoutConsentOrUnknownShowsOnlyItsAltText() throws Exception {
		Image children = stored("test-md-enfants.jpg", "Des enfants", true, false);
		String html = this.markdown.html("![Des enfants à l’école](/images/" + children.getId() + ") et ![Absente](/images/999999999)");
		assertThat(html).doesNotContain("<picture").doesNotContain("<img").contains("Des enfants à l’école", "Absente");
	}

	@Test
	void noOtherImageAddressAndNoScriptPasses() throws Exception {
		Image image = stored("test-md-ok.jpg", "Correcte", false, false);
		String[] hostile = { "![x](https://evil.example/pixel.png)", "![x](/medias/../../etc/passwd)",
				"![x](javascript:alert(1))", "![x](data:image/svg+xml;base64,PHN2Zz4=)",
				"<img src=\"/medias/0123456789abcdef/360.jpg\" onerror=\"alert(1)\">",
				"<picture><source srcset=\"https://evil.example/a.webp 360w\"></picture>", "<script>alert(1)</script>",
				"![\" onerror=\"alert(1)](/images/" + image.getId() + ")", "![<script>alert(1)</script>](/images/x)",
				"[![x](/images/" + image.getId() + ")](javascript:alert(1))" };
		for (String text : hostile) {
			String html = this.markdown.html(text);
			Document doc = Jsoup.parseBodyFragment(html);
			assertThat(doc.select("script")).as(text).isEmpty();
			for (Element element : doc.getAllElements()) {
				element.attributes().forEach(a -> {
					assertThat(a.getKey()).as(text).doesNotStartWith("on");
					assertThat(a.getValue()).as(text).doesNotContain("evil.example").doesNotContain("javascript:")
						.doesNotContain("data:");
				});
			}
			for (Element img : doc.select("img")) {
				assertThat(img.attr("src")).as(text).startsWith("/medias/" + image.getKey() + "/");
			}
			for (Element source : doc.select("source")) {
				assertThat(source.attr("srcset")).as(text).startsWith("/medias/" + image.getKey() + "/");
			}
		}
		assertThat(Jsoup.parseBodyFragment(this.markdown.html("![\" onerror=\"alert(1)](/images/" + image.getId() + ")"))
			.selectFirst("img")
			.attr("alt")).isEqualTo("\" onerror=\"alert(1)");
	}

}
