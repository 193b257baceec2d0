package bi.ppsm.site.services;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** The service's title and description have English and Kirundi versions, with the limits of its form. */
@Component
@Order(50)
class ServiceTranslations extends TranslatableRecords<ServiceItem> {

	private static final List<TranslatableField<ServiceItem>> FIELDS = List.of(
			TranslatableField.line("title", "admin.service.title", 200, ServiceItem::getTitle),
			TranslatableField.text("description", "admin.service.description", 1000, ServiceItem::getDescription));

	ServiceTranslations(ServiceItemRepository services) {
		super("service", "admin.nav.services", ServiceItem.class, ServiceAdminController.BASE, FIELDS,
				ServiceItem::getId, ServiceItem::getTitle, services::findById, services::findAllByOrderByPosition);
	}

}
