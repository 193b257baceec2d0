package bi.ppsm.site.approval;

import org.junit.jupiter.api.Test;

import bi.ppsm.site.organisation.MemberSheetForm;

import static org.assertj.core.api.Assertions.assertThat;

/** Which fields of a proposal differ from the live record: what the journal and the comparison name. */
class DifferencesTests {

	@Test
	void onlyRealChangesCountAndTheVersionNever() {
		MemberSheetForm live = new MemberSheetForm("Association", null, "https://exemple.bi", "Texte", 4L, null,
				"+257 22 00 00 00", "Gitega", 3);
		MemberSheetForm proposed = new MemberSheetForm("Association", " ", "https://exemple.bi", "Texte revu", 4L, "",
				"+257 22 00 00 01", "Gitega", 7);
		assertThat(Differences.changed(MemberSheetForm.class, live, proposed)).containsExactly("description",
				"contactPhone");
		assertThat(Differences.fields(MemberSheetForm.class)).doesNotContain("version").startsWith("name", "acronym");
	}

	@Test
	void aNewRecordChangesEveryFieldItFills() {
		MemberSheetForm proposed = new MemberSheetForm("Association", null, null, null, null, null, null, null, null);
		assertThat(Differences.changed(MemberSheetForm.class, null, proposed)).containsExactly("name");
		assertThat(Differences.same(new java.math.BigDecimal("1.50"), new java.math.BigDecimal("1.5"))).isTrue();
		assertThat(Differences.same(java.util.List.of(), null)).isTrue();
	}

}
