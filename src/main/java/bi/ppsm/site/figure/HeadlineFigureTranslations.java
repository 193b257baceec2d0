package bi.ppsm.site.figure;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** The label of a home page figure ("cas traités") has English and Kirundi versions; the number and its prefix do not. */
@Component
@Order(80)
class HeadlineFigureTranslations extends TranslatableRecords<HeadlineFigure> {

	private static final List<TranslatableField<HeadlineFigure>> FIELDS = List.of(
			TranslatableField.line("label", "admin.figure.label", 120, HeadlineFigure::getLabel));

	HeadlineFigureTranslations(HeadlineFigureRepository repository) {
		super("figure", "admin.nav.figures", HeadlineFigure.class, HeadlineFigureAdminController.BASE, FIELDS,
				HeadlineFigure::getId, HeadlineFigure::getLabel, repository::findById,
				repository::findAllByOrderByPosition);
	}

}
