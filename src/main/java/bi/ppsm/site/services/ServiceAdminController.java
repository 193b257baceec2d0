package bi.ppsm.site.services;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.OrderedList;
import bi.ppsm.site.admin.OrderedListAdminController;
import bi.ppsm.site.audit.AuditLog;

/** The services of the home and services pages, in their order. */
@Controller
@RequestMapping(ServiceAdminController.BASE)
class ServiceAdminController extends OrderedListAdminController<ServiceItem, ServiceForm> {

	static final String BASE = "/admin/services";

	private final ServiceItemRepository services;

	ServiceAdminController(ServiceItemRepository services, AuditLog audit) {
		super(services, audit, new OrderedList(BASE, "service", "admin.nav.services", "admin/services/form",
				List.of("title", "description")));
		this.services = services;
	}

	@Override
	protected List<ServiceItem> ordered() {
		return this.services.findAllByOrderByPosition();
	}

	@Override
	protected String label(ServiceItem service) {
		return service.getTitle();
	}

	@Override
	protected ServiceForm blankForm() {
		return new ServiceForm(null, null, 0);
	}

	@Override
	protected ServiceForm toForm(ServiceItem service) {
		return ServiceForm.from(service);
	}

	@Override
	protected ServiceItem toEntity(ServiceForm form) {
		return new ServiceItem(form.title(), form.description());
	}

	@Override
	protected Changes apply(ServiceForm form, ServiceItem service) {
		return new Changes().set("title", service.getTitle(), form.title(), service::setTitle)
			.set("description", service.getDescription(), form.description(), service::setDescription);
	}

}
