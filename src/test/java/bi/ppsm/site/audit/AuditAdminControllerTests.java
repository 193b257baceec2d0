package bi.ppsm.site.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

@WebSliceTest(AuditAdminController.class)
class AuditAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditEntryRepository entries;

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	@SuppressWarnings("unchecked")
	void administratorFiltersByUserTypeAndDates() {
		given(this.entries.findAll(any(Specification.class), any(Pageable.class))).willReturn(Page.empty());
		assertThat(this.mvc.get()
			.uri("/admin/journal?actor=a@test&type=programme&from=2026-01-01&to=2026-01-31")).hasStatusOk()
			.hasViewName("admin/journal")
			.model()
			.containsEntry("filter", new AuditFilter("a@test", "programme", LocalDate.of(2026, 1, 1),
					LocalDate.of(2026, 1, 31)));
		ArgumentCaptor<Pageable> page = ArgumentCaptor.forClass(Pageable.class);
		verify(this.entries).findAll(any(Specification.class), page.capture());
		assertThat(page.getValue().getPageSize()).isEqualTo(AuditAdminController.PAGE_SIZE);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	@SuppressWarnings("unchecked")
	void invalidDateIsABadRequestNotAnError() {
		given(this.entries.findAll(any(Specification.class), any(Pageable.class))).willReturn(Page.empty());
		assertThat(this.mvc.get().uri("/admin/journal?from=hier")).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
