package bi.ppsm.site.contact;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

@WebSliceTest(ContactController.class)
class ContactControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void contactPageRendersInFrench() {
		assertThat(this.mvc.get().uri("/contact")).hasStatusOk().hasViewName("contact").bodyText().contains("Contactez-nous");
	}

}
