package bi.ppsm.site.media;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.HttpVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over real HTTP, through Tomcat's multipart parsing and the whole filter chain, with
 * the limits lowered to 1 MB per file (2 MB per request) to keep the test quick: a camera photo
 * is stored without its metadata; a file over the image limit gets its French message; a body
 * over the request limit gets the form back with a French message, not a reset connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ppsm.uploads.max-image-size=1MB", "ppsm.uploads.max-document-size=1MB" })
class UploadOverHttpTests {

	private static final String PASSWORD = "une phrase de passe solide";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	private final String login = "media-" + System.nanoTime() + "@test.bi";

	private HttpVisitor editor;

	@BeforeEach
	void signIn() {
		this.jdbc.update("insert into staff_account (email, display_name, role, password_hash) values (?, ?, 'EDITOR', ?)",
				this.login, "Éditrice médias", this.encoder.encode(PASSWORD));
		this.editor = new HttpVisitor(this.port).from("10.99." + (System.nanoTime() % 250) + ".7");
		assertThat(this.editor.signIn(this.login, PASSWORD).statusCode()).isEqualTo(302);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from image where original_name like 'http-%'");
		this.jdbc.update("delete from staff_account where email = ?", this.login);
	}

	@Test
	void aPhotoSentOverHttpIsStoredAndServedWithoutMetadata() throws Exception {
		HttpResponse<String> answer = send("http-camera.jpg", TestImages.cameraJpeg(1000, 750, 6));
		assertThat(answer.statusCode()).isEqualTo(302);
		String location = answer.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/admin/images/\\d+");
		String key = this.jdbc.queryForObject("select storage_key from image where original_name = 'http-camera.jpg'",
				String.class);
		HttpResponse<byte[]> served = this.editor.getBytes("/medias/" + key + "/360.webp");
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/webp");
		assertThat(served.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(served.headers().firstValue("ETag")).isPresent();
		assertThat(TestImages.latin1(served.body())).doesNotContain("Exif").doesNotContain(TestImages.SERIAL);
		HttpResponse<byte[]> visitor = new HttpVisitor(this.port).getBytes("/medias/" + key + "/720.jpg");
		assertThat(visitor.statusCode()).isEqualTo(200);
		assertThat(TestImages.latin1(visitor.body())).doesNotContain("Exif").doesNotContain("GPS");
	}

	@Test
	void aFileOverTheImageLimitGetsItsFrenchMessage() throws Exception {
		byte[] big = new byte[1536 * 1024];
		byte[] jpeg = TestImages.jpeg(100, 100);
		System.arraycopy(jpeg, 0, big, 0, jpeg.length);
		HttpResponse<String> answer = send("http-gros.jpg", big);
		assertThat(answer.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select("[role=alert]").text()).contains("dépasse la taille maximale de 1 Mo");
		assertThat(stored()).isZero();
	}

	@Test
	void aBodyOverTheRequestLimitGetsTheFormBackWithAFrenchMessage() throws Exception {
		byte[] huge = new byte[3 * 1024 * 1024];
		HttpResponse<String> answer = send("http-enorme.jpg", huge);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
		String location = answer.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/admin/images/nouveau");
		HttpResponse<String> form = this.editor.get(URI.create(location).getPath());
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(form.body()).select(".flash").text()).contains("trop volumineux (plus de 2 Mo)");
		assertThat(stored()).isZero();
		// the connection was not reset: the same visitor goes on
		assertThat(this.editor.get("/admin/images").statusCode()).isEqualTo(200);
	}

	@Test
	void aVisitorSendingAHugeBodyGetsTheFrench413Page() throws Exception {
		HttpResponse<String> answer = send(new HttpVisitor(this.port), "/contact", "", "http-visiteur.jpg",
				new byte[3 * 1024 * 1024]);
		assertThat(answer.statusCode()).isEqualTo(413);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("h1").text()).isEqualTo("Fichier trop volumineux");
		assertThat(page.text()).contains("dépasse la taille acceptée (2 Mo)");
		assertThat(stored()).isZero();
	}

	private long stored() {
		return this.jdbc.queryForObject("select count(*) from image where original_name like 'http-%'", Long.class);
	}

	/** Sends the upload form as a browser does: multipart, with the CSRF token of the page. */
	private HttpResponse<String> send(String name, byte[] file) throws Exception {
		String page = this.editor.get("/admin/images/nouveau").body();
		String action = Jsoup.parse(page).selectFirst("form.upload-form").attr("action");
		String token = Jsoup.parse(page).selectFirst("form.upload-form input[name=_csrf]").attr("value");
		return send(this.editor, action, token, name, file);
	}

	private HttpResponse<String> send(HttpVisitor visitor, String action, String token, String name, byte[] file)
			throws Exception {
		String boundary = "----ppsm" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + action))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", HttpVisitor.ACCEPT_HTML)
			.header("X-Forwarded-For", "10.99.1.7")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (!visitor.cookies().isEmpty()) {
			request.header("Cookie", visitor.cookieHeader());
		}
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
