package bi.ppsm.site.contact;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(ContactController.class)
@Import(TimeTrap.class)
class ContactControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	MessageIntake intake;

	MvcTestResult post(String email, String message) {
		return this.mvc.post().uri("/contact").with(csrf())
			.param("name", "Aline <b>N.</b>")
			.param("email", email)
			.param("phone", "+257 22 00 00 00")
			.param("subject", "SUPPORT")
			.param("message", message)
			.param("token", "1.x")
			.exchange();
	}

	@Test
	void contactPageShowsTheFormWithASignedTokenAndIsNeverStored() {
		assertThat(this.mvc.get().uri("/contact")).hasStatusOk()
			.hasViewName("contact")
			.hasHeader("Cache-Control", "no-store")
			.bodyText()
			.contains("Contactez-nous", "name=\"token\"", "name=\"website\"", "Demande de soutien psychosocial", "116");
	}

	@Test
	void invalidInputRerendersWithEverythingTypedAndFrenchErrors() {
		assertThat(post("pas-une-adresse", "court")).hasStatusOk()
			.hasViewName("contact")
			.hasHeader("Cache-Control", "no-store")
			.bodyText()
			.contains("Aline &lt;b&gt;N.&lt;/b&gt;", "pas-une-adresse", "court", "+257 22 00 00 00",
					"Cette adresse électronique n’est pas valide.", "Le message doit compter entre 10 et 5000 caractères.");
		verifyNoInteractions(this.intake);
	}

	@Test
	void missingSubjectIsAFieldError() {
		assertThat(this.mvc.post().uri("/contact").with(csrf()).param("email", "a@b.bi").param("message", "Bonjour à vous tous"))
			.hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("subject");
	}

	@Test
	void validMessageIsStoredThenRedirectsToTheThankYouPage() {
		assertThat(post("aline@example.bi", "Bonjour, besoin d aide urgente.")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/contact/merci");
		verify(this.intake).receive(any(ContactForm.class), any(Locale.class), anyString(), anyString());
	}

	@Test
	void databaseDownKeepsTheTextAndAnswers503WithAFrenchError() {
		given(this.intake.receive(any(), any(), any(), any()))
			.willThrow(new DataAccessResourceFailureException("down"));
		assertThat(post("aline@example.bi", "Bonjour, besoin d aide urgente.")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasViewName("contact")
			.bodyText()
			.contains("Bonjour, besoin d aide urgente.", "aline@example.bi", "momentanément indisponible")
			.doesNotContain("Merci pour votre message");
	}

	@Test
	void postWithoutCsrfIsRefused() {
		assertThat(this.mvc.post().uri("/contact").param("email", "a@b.bi")).hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(this.intake);
	}

	@Test
	void thankYouPageIsNeverStored() {
		assertThat(this.mvc.get().uri("/contact/merci")).hasStatusOk()
			.hasViewName("contact-thanks")
			.hasHeader("Cache-Control", "no-store")
			.bodyText()
			.contains("Merci pour votre message");
	}

}
