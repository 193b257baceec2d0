package bi.ppsm.site.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** A service point's name, description, address (or landmark) and opening hours have English and Kirundi versions; its organisation and zones do not. */
@Component
@Order(120)
class ServicePointTranslations implements TranslatableType<ServicePoint> {

	private static final List<TranslatableField<ServicePoint>> FIELDS = List.of(
			TranslatableField.line("name", "admin.directory.name", 200, ServicePoint::getName),
			TranslatableField.text("description", "admin.directory.description", 2000, ServicePoint::getDescription),
			TranslatableField.line("address", "admin.directory.address", 300, ServicePoint::getAddress),
			TranslatableField.line("openingHours", "admin.directory.openingHours", 300, ServicePoint::getOpeningHours));

	private final ServicePointRepository repository;

	ServicePointTranslations(ServicePointRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "service-point";
	}

	@Override
	public String labelKey() {
		return "admin.nav.servicePoints";
	}

	@Override
	public Class<ServicePoint> entityClass() {
		return ServicePoint.class;
	}

	@Override
	public List<TranslatableField<ServicePoint>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(ServicePoint entity) {
		return entity.getId();
	}

	@Override
	public String label(ServicePoint entity) {
		return entity.getName();
	}

	@Override
	public Optional<ServicePoint> find(long id) {
		return this.repository.findById(id);
	}

	@Override
	public List<ServicePoint> all() {
		return this.repository.findAll(Sort.by("name", "id"));
	}

	@Override
	public String editUrl(long id) {
		return ServicePointAdminController.BASE + "/" + id;
	}

}
