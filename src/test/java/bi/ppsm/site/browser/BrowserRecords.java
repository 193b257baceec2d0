package bi.ppsm.site.browser;

import java.security.MessageDigest;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;

import bi.ppsm.site.document.TestFiles;
import bi.ppsm.site.media.ImageLibrary;
import bi.ppsm.site.media.TestImages;

/**
 * The records the seed lacks, for the browser tests that visit every admin page: an image of
 * the library (through the real upload pipeline), a published news item with it as its cover,
 * a published PDF document, a published service point and a branch. {@link #delete()} removes them.
 */
record BrowserRecords(JdbcTemplate jdbc, long image, long news, long document, long servicePoint, long branch,
		long resultPeriod, long redirect) {

	static BrowserRecords create(JdbcTemplate jdbc, ImageLibrary library) throws Exception {
		String suffix = Long.toString(System.nanoTime());
		long image = library.store(TestImages.jpeg(1200, 800), "navigateur-" + suffix + ".jpg", "test").getId();
		jdbc.update("update image set alt_text = 'Une image du test' where id = ?", image);
		long news = jdbc.queryForObject("""
				insert into news_item (slug, title, summary, body, cover_image_id, publish_at, created_at)
				values (?, 'Actualité du test', 'Résumé du test', 'Texte **du test**', ?, now() - interval '1 day', now())
				returning id""", Long.class, "actualite-navigateur-" + suffix, image);
		byte[] pdf = TestFiles.pdf("Document du test");
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		long document = jdbc.queryForObject("""
				insert into document (title, category, language, document_date, published, file_type, file_name,
				content_type, size_bytes, sha256, created_at, updated_at) values (?, 'ETUDE', 'FR', current_date, true,
				'PDF', 'document-du-test.pdf', 'application/pdf', ?, ?, now(), now()) returning id""", Long.class,
				"Document du test " + suffix, pdf.length, sha);
		jdbc.update("insert into document_file (document_id, bytes) values (?, ?)", document, pdf);
		long servicePoint = jdbc.queryForObject("""
				insert into service_point (organisation_id, name, services, audiences, languages, province_id, commune_id,
				address, phone, opening_hours, free, published, verified_on) values ((select id from organisation where
				slug = 'ppsm'), ?, '{PSYCHOSOCIAL_SUPPORT,REFERRAL}', '{CHILDREN,WOMEN}', '{KIRUNDI,FRENCH}',
				(select id from zone where slug = 'gitega-2025'), (select id from zone where slug = 'commune-gitega'),
				'Près du marché central', '+257 22 40 00 00', 'Du lundi au vendredi, 8 h – 16 h', true, true,
				current_date - 200) returning id""", Long.class, "Point d’écoute du test " + suffix);
		long branch = jdbc.queryForObject("""
				insert into ppsm_branch (name, province_id, commune_id, address, phone, email) values (?, (select id
				from zone where slug = 'gitega-2025'), (select id from zone where slug = 'commune-gitega'),
				'Quartier Magarama', '+257 79 00 00 00', 'gitega@ppsm.example') returning id""", Long.class,
				"Antenne du test " + suffix);
		long resultPeriod = jdbc.queryForObject("""
				insert into key_result_period (key_result_id, label, start_date, start_precision, end_date, end_precision,
				target_value, actual_value) values ((select min(id) from key_result), 'Phase du test', date '2024-01-01',
				'YEAR', date '2024-12-31', 'YEAR', 100, 80) returning id""", Long.class);
		long redirect = jdbc.queryForObject("""
				insert into redirect (source, target, automatic, created_at, created_by)
				values (?, '/programmes', false, now(), 'test') returning id""", Long.class, "/ancien-site/navigateur-" + suffix);
		return new BrowserRecords(jdbc, image, news, document, servicePoint, branch, resultPeriod, redirect);
	}

	void delete() {
		this.jdbc.update("delete from key_result_period where id = ?", this.resultPeriod);
		this.jdbc.update("delete from redirect where id = ?", this.redirect);
		this.jdbc.update("delete from service_point where id = ?", this.servicePoint);
		this.jdbc.update("delete from ppsm_branch where id = ?", this.branch);
		this.jdbc.update("delete from news_item where id = ?", this.news);
		this.jdbc.update("delete from document where id = ?", this.document);
		this.jdbc.update("delete from image where id = ?", this.image);
	}

}
