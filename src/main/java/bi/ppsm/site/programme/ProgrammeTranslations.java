package bi.ppsm.site.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** The programme's texts that have English and Kirundi versions, with the limits of its form. */
@Component
@Order(10)
class ProgrammeTranslations implements TranslatableType<Programme> {

	private static final List<TranslatableField<Programme>> FIELDS = List.of(
			TranslatableField.line("name", "admin.programme.name", 200, Programme::getName),
			TranslatableField.text("cardText", "admin.programme.cardText", 600, Programme::getCardText),
			TranslatableField.markdown("summary", "admin.programme.summary", Programme::getSummary),
			TranslatableField.line("projectsNote", "admin.programme.projectsNote", 300, Programme::getProjectsNote));

	private final ProgrammeRepository programmes;

	ProgrammeTranslations(ProgrammeRepository programmes) {
		this.programmes = programmes;
	}

	@Override
	public String name() {
		return "programme";
	}

	@Override
	public String labelKey() {
		return "admin.nav.programmes";
	}

	@Override
	public Class<Programme> entityClass() {
		return Programme.class;
	}

	@Override
	public List<TranslatableField<Programme>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(Programme programme) {
		return programme.getId();
	}

	@Override
	public String label(Programme programme) {
		return programme.getName();
	}

	@Override
	public Optional<Programme> find(long id) {
		return this.programmes.findById(id);
	}

	@Override
	public List<Programme> all() {
		return this.programmes.findAllByOrderByPosition();
	}

	@Override
	public String editUrl(long id) {
		return "/admin/programmes/" + id;
	}

}
