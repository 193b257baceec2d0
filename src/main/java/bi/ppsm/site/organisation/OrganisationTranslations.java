package bi.ppsm.site.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** An organisation's description has English and Kirundi versions; its name and acronym are proper names. */
@Component
@Order(110)
class OrganisationTranslations implements TranslatableType<Organisation> {

	private static final List<TranslatableField<Organisation>> FIELDS = List.of(
			TranslatableField.text("description", "admin.organisation.description", 2000, Organisation::getDescription));

	private final OrganisationRepository repository;

	OrganisationTranslations(OrganisationRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "organisation";
	}

	@Override
	public String labelKey() {
		return "admin.nav.organisations";
	}

	@Override
	public Class<Organisation> entityClass() {
		return Organisation.class;
	}

	@Override
	public List<TranslatableField<Organisation>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(Organisation entity) {
		return entity.getId();
	}

	@Override
	public String label(Organisation entity) {
		return entity.getName();
	}

	@Override
	public Optional<Organisation> find(long id) {
		return this.repository.findById(id);
	}

	@Override
	public List<Organisation> all() {
		return this.repository.findAllByOrderByPositionAscNameAsc();
	}

	@Override
	public String editUrl(long id) {
		return OrganisationAdminController.BASE + "/" + id;
	}

}
