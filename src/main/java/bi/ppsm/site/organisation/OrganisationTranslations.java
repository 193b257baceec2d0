package bi.ppsm.site.organisation;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** An organisation's description has English and Kirundi versions; its name and acronym are proper names. */
@Component
@Order(110)
class OrganisationTranslations extends TranslatableRecords<Organisation> {

	private static final List<TranslatableField<Organisation>> FIELDS = List.of(
			TranslatableField.text("description", "admin.organisation.description", 2000, Organisation::getDescription));

	OrganisationTranslations(OrganisationRepository repository) {
		super("organisation", "admin.nav.organisations", Organisation.class, OrganisationAdminController.BASE, FIELDS,
				Organisation::getId, Organisation::getName, repository::findById,
				repository::findAllByOrderByPositionAscNameAsc);
	}

}
