package bi.ppsm.site.services;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebSliceTest(ServicesController.class)
class ServicesControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ServiceItemRepository services;

	@Test
	void listsTheServices() {
		given(this.services.findAllByOrderByPosition())
			.willReturn(List.of(new ServiceItem("Plaidoyer", "Engagement dans des actions de plaidoyer.")));
		assertThat(this.mvc.get().uri("/services")).hasStatusOk()
			.hasViewName("services")
			.bodyText()
			.contains("Plaidoyer", "Engagement dans des actions de plaidoyer.", "Nos services");
	}

}
