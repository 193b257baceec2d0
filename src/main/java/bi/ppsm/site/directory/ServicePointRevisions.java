package bi.ppsm.site.directory;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import bi.ppsm.site.revision.FormRevisions;

/** Service points keep revisions: their form, restored through the checks and the save of an edit. */
@Component
class ServicePointRevisions extends FormRevisions<ServicePoint, ServicePointForm> {

	private final ServicePoints points;

	ServicePointRevisions(ServicePoints points) {
		super(ServicePoints.ENTITY, ServicePointForm.class, ServicePointAdminController.BASE, points::get,
				ServicePointForm::from, ServicePoint::getName,
				Map.of("organisation", "organisation", "province", "zone", "commune", "zone"));
		this.points = points;
	}

	@Override
	protected void update(long id, ServicePointForm form, BindingResult result) {
		this.points.update(this.points.get(id), form, result);
	}

}
