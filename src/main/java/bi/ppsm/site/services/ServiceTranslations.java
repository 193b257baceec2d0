package bi.ppsm.site.services;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** The service's title and description have English and Kirundi versions, with the limits of its form. */
@Component
@Order(50)
class ServiceTranslations implements TranslatableType<ServiceItem> {

	private static final List<TranslatableField<ServiceItem>> FIELDS = List.of(
			TranslatableField.line("title", "admin.service.title", 200, ServiceItem::getTitle),
			TranslatableField.text("description", "admin.service.description", 1000, ServiceItem::getDescription));

	private final ServiceItemRepository services;

	ServiceTranslations(ServiceItemRepository services) {
		this.services = services;
	}

	@Override
	public String name() {
		return "service";
	}

	@Override
	public String labelKey() {
		return "admin.nav.services";
	}

	@Override
	public Class<ServiceItem> entityClass() {
		return ServiceItem.class;
	}

	@Override
	public List<TranslatableField<ServiceItem>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(ServiceItem service) {
		return service.getId();
	}

	@Override
	public String label(ServiceItem service) {
		return service.getTitle();
	}

	@Override
	public Optional<ServiceItem> find(long id) {
		return this.services.findById(id);
	}

	@Override
	public List<ServiceItem> all() {
		return this.services.findAllByOrderByPosition();
	}

	@Override
	public String editUrl(long id) {
		return ServiceAdminController.BASE + "/" + id;
	}

}
