package bi.ppsm.site.search;

import java.util.Arrays;
import java.util.Optional;

import bi.ppsm.site.programme.ProgrammeRepository;
import bi.ppsm.site.project.ProjectRepository;

/**
 * What the site search finds, with the rule that says which records visitors may see. Each
 * rule is one SQL condition on the row {@code d} of {@code search_document}, the same rule as
 * the kind's public pages ({@code :now} is the application clock): a new condition on a kind
 * (scheduled publishing, say) is one more clause on its line.
 */
public enum SearchKind {

	PROGRAMME("programmes", "programme",
			"exists (select 1 from programme where programme.id = d.entity_id and " + ProgrammeRepository.VISIBLE_SQL + ")"),

	PROJECT("projets", "project",
			"exists (select 1 from project where project.id = d.entity_id and " + ProjectRepository.VISIBLE_SQL + ")"),

	NEWS("actualites", "news",
			"exists (select 1 from news_item x where x.id = d.entity_id and x.publish_at <= :now"
					+ " and (x.unpublish_at is null or x.unpublish_at > :now))"),

	DOCUMENT("documents", "document",
			"exists (select 1 from document x where x.id = d.entity_id and x.published)"),

	SERVICE("services", "service", "exists (select 1 from service x where x.id = d.entity_id)"),

	MEMBER("membres", "member",
			"exists (select 1 from organisation x where x.id = d.entity_id and x.member)"),

	SERVICE_POINT("points-de-service", "service_point",
			"exists (select 1 from service_point x where x.id = d.entity_id and x.published)");

	private final String parameter;

	private final String stored;

	private final String visible;

	SearchKind(String parameter, String stored, String visible) {
		this.parameter = parameter;
		this.stored = stored;
		this.visible = visible;
	}

	/** The value of {@code type=} in the URL. */
	public String getParameter() {
		return this.parameter;
	}

	/** The value of {@code search_document.kind}. */
	String stored() {
		return this.stored;
	}

	/** The condition that keeps only what visitors may see of this kind. */
	String visibleClause() {
		return "(d.kind = '" + this.stored + "' and " + this.visible + ")";
	}

	/** The kind of a {@code type=} value; anything else means every kind. */
	static Optional<SearchKind> ofParameter(String value) {
		return Arrays.stream(values()).filter(k -> k.parameter.equals(value)).findFirst();
	}

	static SearchKind ofStored(String value) {
		return Arrays.stream(values()).filter(k -> k.stored.equals(value)).findFirst().orElseThrow();
	}

}
