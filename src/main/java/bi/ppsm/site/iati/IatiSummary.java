package bi.ppsm.site.iati;

import java.time.LocalDate;
import java.util.List;

import bi.ppsm.site.iati.IatiExport.Entry;
import bi.ppsm.site.iati.IatiExport.Snapshot;
import bi.ppsm.site.project.ProjectChecklist.Item;

/**
 * What the IATI admin page shows of the file: each activity's name, identifier and the rules'
 * verdict, as plain values (no entity), so it can be kept between views ({@link IatiSummaries}).
 * @param organisation null when the settings give no identifier (nothing exported)
 * @param today the day the rules were checked on
 * @param exported the activities in the file, each with its remarks
 * @param leftOut the others, each with what keeps it out (and its remarks)
 */
record IatiSummary(String organisation, LocalDate today, List<Row> exported, List<Row> leftOut) {

	/** One programme or project and the messages shown beside it. */
	record Row(long id, boolean programme, String title, String identifier, List<Item> items) {
	}

	static IatiSummary of(Snapshot snapshot) {
		return new IatiSummary(snapshot.organisation(), snapshot.today(),
				snapshot.exported().stream().map(e -> row(e, e.remarks())).toList(),
				snapshot.leftOut().stream().map(e -> row(e, e.items())).toList());
	}

	private static Row row(Entry e, List<Item> items) {
		return new Row(e.activity().id(), e.activity().isProgramme(), e.activity().title(), e.identifier(),
				List.copyOf(items));
	}

}
