package bi.ppsm.site.document;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** PDFs uploaded before their text was stored are read once, and the search finds them. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentTextBackfillTests {

	private static final String TITLE = "Essai texte rattrapé";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentTextBackfill backfill;

	@AfterEach
	void deleteTestDocument() {
		this.jdbc.update("delete from document where title = ?", TITLE);
		this.jdbc.update("delete from audit_entry where entity_label = ?", TITLE);
	}

	@Test
	void earlierPdfsAreReadOnceAndFound() {
		assertThat(this.mvc.post()
			.uri("/admin/documents/nouveau")
			.multipart()
			.file(new MockMultipartFile("file", "ancien.pdf", "application/pdf", TestFiles.pdf("Les pangolins du Burundi")))
			.param("title", TITLE)
			.param("category", "ETUDE")
			.param("language", "FR")
			.param("date", LocalDate.now().toString())
			.param("published", "true")
			.param("version", "0")
			.with(csrf())
			.with(user("e@test").roles("EDITOR"))).hasStatus3xxRedirection();
		// as if uploaded before the text was kept
		this.jdbc.update("delete from document_text");
		assertThat(this.mvc.get().uri("/recherche?q=pangolins")).bodyText().contains("Aucun résultat");

		assertThat(this.backfill.run()).isEqualTo(1);
		assertThat(this.mvc.get().uri("/recherche?q=pangolin")).bodyText().contains(TITLE, "<mark>pangolins</mark>");
		assertThat(this.backfill.run()).isZero();
	}

}
