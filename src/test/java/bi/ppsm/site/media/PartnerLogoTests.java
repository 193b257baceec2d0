package bi.ppsm.site.media;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A partner's logo comes from the library: chosen on the organisation's form among the images
 * a public page may show, shown on /partenaires, and the image cannot be deleted meanwhile.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerLogoTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ImageLibrary library;

	@Autowired
	JdbcTemplate jdbc;

	private long giz;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("update organisation set logo_image_id = null where logo_image_id in "
				+ "(select id from image where original_name like 'test-logo-%')");
		this.jdbc.update("delete from image where original_name like 'test-logo-%'");
	}

	@Test
	void aLogoChosenFromTheLibraryShowsOnThePartnersPageAndKeepsItsImage() throws Exception {
		this.giz = this.jdbc.queryForObject("select id from organisation where slug = 'giz'", Long.class);
		Image logo = this.library.store(TestImages.png(600, 300), "test-logo-giz.png", "test");
		Image undescribed = this.library.store(TestImages.png(600, 300), "test-logo-brut.png", "test");
		this.jdbc.update("update image set alt_text = 'Logo de la GIZ' where id = ?", logo.getId());
		String edit = "/admin/organisations/" + this.giz;
		String form = this.mvc.get().uri(edit).with(user("e@test").roles("EDITOR")).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		Document page = Jsoup.parse(form);
		assertThat(page.select("select#logo option").eachAttr("value")).contains(logo.getId().toString())
			.doesNotContain(undescribed.getId().toString());
		int version = this.jdbc.queryForObject("select version from organisation where id = ?", Integer.class, this.giz);
		// an image without alt text is refused
		assertThat(this.mvc.post().uri(edit).with(user("e@test").roles("EDITOR")).with(csrf())
			.param("slug", "giz").param("name", page.selectFirst("#name").attr("value")).param("acronym", "GIZ")
			.param("logo", undescribed.getId().toString()).param("version", Integer.toString(version)))
			.hasStatusOk()
			.bodyText()
			.contains("Choisissez une image de la médiathèque");
		assertThat(this.mvc.post().uri(edit).with(user("e@test").roles("EDITOR")).with(csrf())
			.param("slug", "giz").param("name", page.selectFirst("#name").attr("value")).param("acronym", "GIZ")
			.param("website", page.selectFirst("#website").attr("value"))
			.param("logo", logo.getId().toString()).param("version", Integer.toString(version)))
			.hasStatus(HttpStatus.FOUND);
		Document partners = Jsoup.parse(this.mvc.get().uri("/partenaires?logo").exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(partners.select(".partner-logo picture img").eachAttr("src")).contains(logo.path(360, "jpg"));
		assertThat(partners.select(".partner-logo img[alt='Logo de la GIZ']")).hasSize(1);
		// in use: the library refuses to delete it and says where it is used
		assertThat(this.mvc.get().uri("/admin/images/" + logo.getId() + "/supprimer").with(user("e@test").roles("EDITOR")))
			.hasStatusOk()
			.bodyText()
			.contains("Logo de l’organisation");
		assertThat(this.mvc.post().uri("/admin/images/" + logo.getId() + "/supprimer").with(user("e@test").roles("EDITOR"))
			.with(csrf())).hasStatusOk();
		assertThat(this.jdbc.queryForObject("select count(*) from image where id = ?", Long.class, logo.getId())).isOne();
		this.jdbc.update("update organisation set logo_image_id = null, version = version + 1 where id = ?", this.giz);
	}

}
