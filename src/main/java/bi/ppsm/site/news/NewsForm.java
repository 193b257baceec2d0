package bi.ppsm.site.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.VersionedForm;
import bi.ppsm.site.system.ContentEntity;
import bi.ppsm.site.system.Publication;
import bi.ppsm.site.system.PublicationTime;

/**
 * A news item as staff edit it. The slug may be left empty: it is made from the title. The
 * dates are typed as {@code <input type="datetime-local">} sends them, in Bujumbura time.
 */
record NewsForm(@NotBlank @Size(max = 200) String title,
		@Size(max = 120) @Pattern(regexp = AdminForms.SLUG) String slug,
		@NotBlank @Size(max = 300) String summary, @NotBlank @Size(max = 100_000) String body, Long coverId,
		List<Long> programmes, List<Long> projects, @NotNull Publication publication, @Size(max = 30) String publishAt,
		@Size(max = 30) String unpublishAt, Integer version) implements VersionedForm {

	NewsForm {
		programmes = (programmes != null) ? programmes : new ArrayList<>();
		projects = (projects != null) ? projects : new ArrayList<>();
	}

	static NewsForm empty() {
		return new NewsForm(null, null, null, null, null, null, null, Publication.DRAFT, null, null, 0);
	}

	static NewsForm from(NewsItem n) {
		return new NewsForm(n.getTitle(), n.getSlug(), n.getSummary(), n.getBody(),
				(n.getCover() != null) ? n.getCover().getId() : null, ids(n.getProgrammes()), ids(n.getProjects()),
				(n.getPublishAt() == null) ? Publication.DRAFT : Publication.AT_DATE, input(n.getPublishAt()),
				input(n.getUnpublishAt()), n.getVersion());
	}

	private static List<Long> ids(List<? extends ContentEntity> entities) {
		return new ArrayList<>(entities.stream().map(ContentEntity::getId).toList());
	}

	private static String input(Instant instant) {
		return PublicationTime.input(instant);
	}

}
