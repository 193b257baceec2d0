package bi.ppsm.site.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.system.WebSliceTest;

import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@WebSliceTest(AuditAdminController.class)
@Import(AuditWording.class)
class AuditAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditEntryRepository entries;

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	@SuppressWarnings("unchecked")
	void administratorFiltersByUserTypeAndDates() {
		given(this.entries.findSlice(any(Specification.class), any(Pageable.class))).willReturn(new SliceImpl<>(List.of()));
		assertThat(this.mvc.get()
			.uri("/admin/journal?actor=a@test&type=programme&kind=contenu&from=2026-01-01&to=2026-01-31")).hasStatusOk()
			.hasViewName("admin/journal")
			.model()
			.containsEntry("filter", new AuditFilter("a@test", "programme", "contenu", LocalDate.of(2026, 1, 1),
					LocalDate.of(2026, 1, 31)));
		ArgumentCaptor<Pageable> page = ArgumentCaptor.forClass(Pageable.class);
		verify(this.entries).findSlice(any(Specification.class), page.capture());
		assertThat(page.getValue().getPageSize()).isEqualTo(AuditAdminController.PAGE_SIZE);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	@SuppressWarnings("unchecked")
	void invalidDateIsABadRequestNotAnError() {
		given(this.entries.findSlice(any(Specification.class), any(Pageable.class))).willReturn(new SliceImpl<>(List.of()));
		assertThat(this.mvc.get().uri("/admin/journal?from=hier")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	@SuppressWarnings("unchecked")
	void entriesAndTheTypeFilterReadInFrenchWithoutDeveloperWords() {
		given(this.entries.findEntityTypes()).willReturn(List.of("key-result", "programme", "target-group", "widget"));
		given(this.entries.findSlice(any(Specification.class), any(Pageable.class))).willReturn(new SliceImpl<>(List.of(
				new AuditEntry(Instant.parse("2026-03-01T10:00:00Z"), "a@test", "UPDATE", "key-result", "4",
						"Enfants suivis", "achievedValue, unit, position"),
				new AuditEntry(Instant.parse("2026-03-01T09:00:00Z"), "a@test", "CREATE", "target-group", "2",
						"Veuves", "name, featured"))));
		assertThat(this.mvc.get().uri("/admin/journal")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"key-result\">Résultat clé</option>",
					"<option value=\"target-group\">Groupe cible</option>", "<option value=\"widget\">Fiche</option>",
					">Résultat clé</td>", ">valeur atteinte, unité, ordre</td>", ">Groupe cible</td>",
					">création</td>", "Modifications du contenu", "Lectures et réponses des messages")
			.doesNotContain(">key-result<", ">target-group<", "achievedValue", ">widget<");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	@SuppressWarnings("unchecked")
	void messageReadsHaveTheirOwnFilter() {
		given(this.entries.findSlice(any(Specification.class), any(Pageable.class))).willReturn(new SliceImpl<>(List.of()));
		assertThat(this.mvc.get().uri("/admin/journal?kind=messages")).hasStatusOk()
			.model()
			.containsEntry("filter", new AuditFilter(null, null, "messages", null, null));
		assertThat(this.mvc.get().uri("/admin/journal?kind=messages")).bodyText()
			.contains("<option value=\"messages\" selected=\"selected\">Lectures et réponses des messages</option>");
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	@SuppressWarnings("unchecked")
	void theLogIsPagedWithoutCountingEveryEntry() {
		given(this.entries.findSlice(any(Specification.class), any(Pageable.class)))
			.willReturn(new SliceImpl<>(List.of(new AuditEntry(Instant.parse("2026-03-01T10:00:00Z"), "a@test", "UPDATE",
					"programme", "4", "Protection", "name")), PageRequest.of(2, AuditAdminController.PAGE_SIZE), true));
		assertThat(this.mvc.get().uri("/admin/journal?actor=a@test&page=2")).hasStatusOk()
			.bodyText()
			.contains("Page 3", "page=1", "page=3", "Page précédente", "Page suivante")
			.doesNotContain(" sur ");
		verify(this.entries, never()).count(any(Specification.class));
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	@SuppressWarnings("unchecked")
	void aBadPageNumberIsAFrenchPageNotAnError() {
		given(this.entries.findSlice(any(Specification.class), any(Pageable.class))).willReturn(new SliceImpl<>(List.of()));
		assertThat(this.mvc.get().uri("/admin/journal?page=-4")).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/journal?page=trois")).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
