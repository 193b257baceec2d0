package bi.ppsm.site.document;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.HttpVisitor;
import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real multipart path: an editor signed in through the real sign-in form sends a PDF made
 * here over HTTP to the running server, then a visitor downloads it; an HTML page renamed .pdf
 * sent the same way is refused with the French message.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DocumentUploadIT {

	private static final String PASSWORD = "Un-mot-de-passe-solide-2026";

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	StaffAccount editor;

	@BeforeEach
	void editor() {
		this.editor = this.accounts.save(new StaffAccount("documents" + System.nanoTime() + "@test.bi", "Rédactrice",
				StaffRole.EDITOR, this.encoder.encode(PASSWORD)));
		for (String address : new String[] { "127.0.0.1", "0:0:0:0:0:0:0:1" }) {
			this.throttle.reset(this.editor.getEmail(), address);
		}
	}

	@AfterEach
	void remove() {
		this.jdbc.update("delete from document where title like 'Upload HTTP%'");
		this.accounts.deleteById(this.editor.getId());
	}

	@Test
	void aPdfSentOverHttpIsStoredAndServedWithSafeHeaders() throws Exception {
		HttpVisitor staff = new HttpVisitor(this.port);
		assertThat(staff.signIn(this.editor.getEmail(), PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
		byte[] pdf = TestFiles.pdf("Evaluation a mi-parcours");

		HttpResponse<String> saved = upload(staff, "Upload HTTP évaluation", "Évaluation à mi-parcours (finale).pdf",
				"application/x-msdownload", pdf);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).matches(".*/admin/documents/\\d+");
		Map<String, Object> row = this.jdbc.queryForMap(
				"select d.id, d.file_name, d.content_type, d.size_bytes, f.bytes from document d "
						+ "join document_file f on f.document_id = d.id where d.title = 'Upload HTTP évaluation'");
		assertThat(row.get("file_name")).isEqualTo("evaluation-a-mi-parcours-finale.pdf");
		assertThat(row.get("content_type")).isEqualTo("application/pdf");
		assertThat((byte[]) row.get("bytes")).isEqualTo(pdf);

		HttpVisitor visitor = new HttpVisitor(this.port);
		String list = visitor.get("/documents").body();
		String link = Jsoup.parse(list).select("a.document-link").attr("href");
		assertThat(link).endsWith("/evaluation-a-mi-parcours-finale.pdf");
		HttpResponse<byte[]> download = visitor.getBytes(link);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
				"attachment; filename=\"evaluation-a-mi-parcours-finale.pdf\"; filename*=UTF-8''evaluation-a-mi-parcours-finale.pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Length")).hasValue(Integer.toString(pdf.length));
		assertThat(download.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
		assertThat(download.headers().allValues("Set-Cookie")).isEmpty();

		HttpResponse<String> refused = upload(staff, "Upload HTTP piège", "piege.pdf", "application/pdf",
				TestFiles.html());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#file-erreurs").text()).contains("ni un PDF");
		assertThat(this.jdbc.queryForObject("select count(*) from document where title = 'Upload HTTP piège'",
				Integer.class)).isZero();
	}

	private HttpResponse<String> upload(HttpVisitor staff, String title, String fileName, String declaredType,
			byte[] bytes) throws Exception {
		String token = staff.csrfToken("/admin/documents/nouveau");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", token);
		fields.put("version", "0");
		fields.put("title", title);
		fields.put("category", "EVALUATION");
		fields.put("language", "FR");
		fields.put("date", "2025-06-30");
		fields.put("published", "true");
		String boundary = "----limite" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ fileName.replace("\"", "%22") + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(bytes);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/documents/nouveau"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", staff.cookieHeader())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
