package bi.ppsm.site.figure;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** The label of a home page figure ("cas traités") has English and Kirundi versions; the number and its prefix do not. */
@Component
@Order(80)
class HeadlineFigureTranslations implements TranslatableType<HeadlineFigure> {

	private static final List<TranslatableField<HeadlineFigure>> FIELDS = List.of(
			TranslatableField.line("label", "admin.figure.label", 120, HeadlineFigure::getLabel));

	private final HeadlineFigureRepository repository;

	HeadlineFigureTranslations(HeadlineFigureRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "figure";
	}

	@Override
	public String labelKey() {
		return "admin.nav.figures";
	}

	@Override
	public Class<HeadlineFigure> entityClass() {
		return HeadlineFigure.class;
	}

	@Override
	public List<TranslatableField<HeadlineFigure>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(HeadlineFigure entity) {
		return entity.getId();
	}

	@Override
	public String label(HeadlineFigure entity) {
		return entity.getLabel();
	}

	@Override
	public Optional<HeadlineFigure> find(long id) {
		return this.repository.findById(id);
	}

	@Override
	public List<HeadlineFigure> all() {
		return this.repository.findAllByOrderByPosition();
	}

	@Override
	public String editUrl(long id) {
		return HeadlineFigureAdminController.BASE + "/" + id;
	}

}
