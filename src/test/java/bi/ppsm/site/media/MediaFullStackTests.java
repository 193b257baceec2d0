package bi.ppsm.site.media;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The media library on the whole application and the real PostgreSQL: uploads of real files
 * made in the test, what is stored and served, the refusals, the description form, the chooser
 * and access control. Every image made here is deleted afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MediaFullStackTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImageRepository images;

	@AfterEach
	void deleteTestImages() {
		this.jdbc.update("delete from image where original_name like 'test-%'");
	}

	private MvcTestResult upload(String name, byte[] bytes) {
		return this.mvc.post()
			.uri("/admin/images/nouveau")
			.multipart()
			.file(new MockMultipartFile("file", name, "image/jpeg", bytes))
			.with(user("editeur@test").roles("EDITOR"))
			.with(csrf())
			.exchange();
	}

	private long count() {
		return this.jdbc.queryForObject("select (select count(*) from image) + (select count(*) from image_rendition)",
				Long.class);
	}

	@Test
	void aCameraPhotoIsStoredUprightAndServedWithoutAnyMetadata() throws Exception {
		MvcTestResult result = upload("test-camera.jpg", TestImages.cameraJpeg(1200, 800, 6));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/images/\\d+");
		Image image = this.images.findById(Long.parseLong(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
		assertThat(image.getWidths()).containsExactly(360, 720);
		assertThat(image.getHeight()).isEqualTo(1080);
		assertThat(image.getUploadedBy()).isEqualTo("editeur@test");
		assertThat(this.jdbc.queryForObject("select count(*) from image_rendition where image_id = ?", Long.class,
				image.getId())).isEqualTo(4);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'image' and entity_id = ? and action = 'CREATE'",
				Long.class, Long.toString(image.getId()))).isEqualTo(1);
		for (String ext : new String[] { "jpg", "webp" }) {
			for (int width : image.getWidths()) {
				MvcTestResult served = this.mvc.get().uri(image.path(width, ext)).exchange();
				assertThat(served).hasStatusOk()
					.hasContentType(ext.equals("jpg") ? "image/jpeg" : "image/webp")
					.hasHeader("Cache-Control", "max-age=31536000, public, immutable")
					.hasHeader("X-Content-Type-Options", "nosniff");
				assertThat(served.getResponse().getHeader("ETag")).isNotBlank();
				byte[] bytes = served.getResponse().getContentAsByteArray();
				assertThat(TestImages.latin1(bytes)).doesNotContain("Exif")
					.doesNotContain("GPS")
					.doesNotContain(TestImages.SERIAL)
					.doesNotContain("Canon");
				BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes));
				assertThat(picture.getWidth()).isEqualTo(width);
				assertThat(picture.getHeight()).isEqualTo(width * 3 / 2);
			}
		}
		String etag = this.mvc.get().uri(image.path(360, "jpg")).exchange().getResponse().getHeader("ETag");
		assertThat(this.mvc.get().uri(image.path(360, "jpg")).header("If-None-Match", etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri(image.path(1080, "jpg"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(image.path(360, "png"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/medias/0123456789abcdef0123456789abcdef/360.jpg")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/medias/..%2F..%2Fetc/360.jpg")).hasStatus4xxClientError();
		assertThat(this.mvc.get().uri("/medias/" + image.getKey() + "/0360.jpg")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void pngAndWebpAreAccepted() {
		assertThat(upload("test-logo.png", TestImages.png(500, 250))).hasStatus(HttpStatus.FOUND);
		assertThat(upload("test-photo.webp", TestImages.webp(900, 600))).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from image where original_name in ('test-logo.png', 'test-photo.webp')",
				Long.class)).isEqualTo(2);
	}

	@Test
	void hostileAndBrokenFilesGetTheirFrenchMessageAndNothingIsStored() throws Exception {
		long before = count();
		assertRefused("test-texte.jpg", TestImages.text(), "n’est pas une image JPEG, PNG ou WebP");
		assertRefused("test-dessin.svg", TestImages.svg(), "SVG ne sont pas acceptées");
		assertRefused("test-polyglotte.jpg", TestImages.polyglotJpeg(), "contient du code (HTML ou script)");
		assertRefused("test-commentaire.jpg", TestImages.jpegWithHtmlComment(), "contient du code (HTML ou script)");
		assertRefused("test-tronque.jpg", TestImages.truncatedJpeg(), "incomplet ou endommagé");
		assertRefused("test-bombe.png", TestImages.pngBomb(), "trop grande en pixels");
		assertRefused("test-vide.jpg", new byte[0], "Choisissez un fichier image");
		byte[] huge = new byte[10 * 1024 * 1024 + 1];
		byte[] jpeg = TestImages.jpeg(100, 100);
		System.arraycopy(jpeg, 0, huge, 0, jpeg.length);
		assertRefused("test-enorme.jpg", huge, "dépasse la taille maximale de 10 Mo");
		assertThat(count()).isEqualTo(before);
		// no file part at all (a form sent without choosing a file)
		assertThat(this.mvc.post().uri("/admin/images/nouveau").with(user("e@test").roles("EDITOR")).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Choisissez un fichier image");
	}

	private void assertRefused(String name, byte[] bytes, String message) throws Exception {
		MvcTestResult result = upload(name, bytes);
		assertThat(result).as(name).hasStatusOk().hasViewName("admin/image/upload");
		Document page = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		Element alert = page.selectFirst("[role=alert]");
		assertThat(alert).as(name).isNotNull();
		assertThat(alert.text()).as(name).contains(message);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
	}

	@Test
	void theDescriptionRequiresAltTextUnlessDecorativeAndFeedsTheChooser() throws Exception {
		upload("test-enfants.jpg", TestImages.jpeg(800, 600));
		Image image = this.images.findAll().stream().filter(i -> i.getOriginalName().equals("test-enfants.jpg")).findFirst().orElseThrow();
		String edit = "/admin/images/" + image.getId();
		assertThat(this.mvc.get().uri(edit).with(user("e@test").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("consentement", "Texte alternatif");
		// not yet described: not offered
		assertThat(chooser("")).doesNotContain("/images/" + image.getId() + ")");
		assertThat(this.mvc.post().uri(edit).with(user("e@test").roles("EDITOR")).with(csrf())
			.param("version", "0").param("caption", "Une légende")).hasStatusOk()
			.bodyText()
			.contains("Décrivez l’image en une phrase");
		assertThat(this.mvc.post().uri(edit).with(user("e@test").roles("EDITOR")).with(csrf())
			.param("version", "0")
			.param("altText", "Des enfants jouent [au ballon] à Gitega")
			.param("credit", "PPSM")
			.param("showsPeople", "true")).hasStatus(HttpStatus.FOUND);
		// people without recorded consent: never offered for a public page
		assertThat(chooser("")).doesNotContain("/images/" + image.getId() + ")");
		assertThat(this.mvc.post().uri(edit).with(user("e@test").roles("EDITOR")).with(csrf())
			.param("version", "0")
			.param("altText", "x")).hasStatusOk()
			.bodyText()
			.contains("Quelqu’un d’autre a modifié cette fiche");
		assertThat(this.mvc.post().uri(edit).with(user("e@test").roles("EDITOR")).with(csrf())
			.param("version", "1")
			.param("altText", "Des enfants jouent [au ballon] à Gitega")
			.param("showsPeople", "true")
			.param("consentRecorded", "true")).hasStatus(HttpStatus.FOUND);
		String fragment = chooser("ballon");
		Document doc = Jsoup.parseBodyFragment(fragment);
		Element button = doc.selectFirst("ul.image-choices li button[type=button]");
		assertThat(button.attr("data-markdown")).isEqualTo("![Des enfants jouent  au ballon  à Gitega](/images/" + image.getId() + ")");
		assertThat(button.selectFirst("img").attr("src")).isEqualTo(image.path(360, "jpg"));
		assertThat(button.selectFirst("img").attr("alt")).isEmpty();
		assertThat(fragment).doesNotContain("<html").doesNotContain("<body");
		assertThat(chooser("rien-de-tel-xyz")).contains("image-choices-empty", "Aucune image utilisable");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'image' and entity_id = ? and action = 'UPDATE'",
				Long.class, Long.toString(image.getId()))).isEqualTo(2);
		// the library finds it by its words, and deleting it removes its renditions
		assertThat(this.mvc.get().uri("/admin/images?q=BALLON").with(user("e@test").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("au ballon");
		assertThat(this.mvc.post().uri(edit + "/supprimer").with(user("e@test").roles("EDITOR")).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from image_rendition where image_id = ?", Long.class,
				image.getId())).isZero();
	}

	private String chooser(String q) throws Exception {
		MvcTestResult result = this.mvc.get().uri("/admin/images/choix").param("q", q).with(user("e@test").roles("EDITOR")).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void theLibraryIsForStaffOnly() {
		for (String page : new String[] { "/admin/images", "/admin/images/nouveau", "/admin/images/choix" }) {
			assertThat(this.mvc.get().uri(page)).as(page).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
			assertThat(this.mvc.get().uri(page).with(user("i@test").roles("INBOX_HANDLER"))).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.post().uri("/admin/images/nouveau").multipart()
			.file(new MockMultipartFile("file", "test-x.jpg", "image/jpeg", TestImages.jpeg(10, 10)))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from image where original_name = 'test-x.jpg'", Long.class)).isZero();
		assertThat(this.mvc.get().uri("/admin/images").with(user("e@test").roles("EDITOR"))).hasStatusOk();
	}

}
