package bi.ppsm.site.directory;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** A service point's name, description, address (or landmark) and opening hours have English and Kirundi versions; its organisation and zones do not. */
@Component
@Order(120)
class ServicePointTranslations extends TranslatableRecords<ServicePoint> {

	private static final List<TranslatableField<ServicePoint>> FIELDS = List.of(
			TranslatableField.line("name", "admin.directory.name", 200, ServicePoint::getName),
			TranslatableField.text("description", "admin.directory.description", 2000, ServicePoint::getDescription),
			TranslatableField.line("address", "admin.directory.address", 300, ServicePoint::getAddress),
			TranslatableField.line("openingHours", "admin.directory.openingHours", 300, ServicePoint::getOpeningHours));

	ServicePointTranslations(ServicePointRepository repository) {
		super("service-point", "admin.nav.servicePoints", ServicePoint.class, ServicePointAdminController.BASE, FIELDS,
				ServicePoint::getId, ServicePoint::getName, repository::findById,
				() -> repository.findAll(Sort.by("name", "id")));
	}

}
