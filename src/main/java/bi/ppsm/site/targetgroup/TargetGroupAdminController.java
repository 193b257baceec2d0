package bi.ppsm.site.targetgroup;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.OrderedList;
import bi.ppsm.site.admin.OrderedListAdminController;
import bi.ppsm.site.audit.AuditLog;

/** Staff edit the target-groups of the site, in their order; one in use is kept. */
@Controller
@RequestMapping(TargetGroupAdminController.BASE)
class TargetGroupAdminController extends OrderedListAdminController<TargetGroup, TargetGroupForm> {

	static final String BASE = "/admin/groupes-cibles";

	private final TargetGroupRepository groups;

	TargetGroupAdminController(TargetGroupRepository groups, AuditLog audit) {
		super(groups, audit, new OrderedList(BASE, "target-group", "admin.nav.targetGroups", "admin/targetgroup/form",
				List.of("name", "featured")));
		this.groups = groups;
	}

	@Override
	protected List<TargetGroup> ordered() {
		return this.groups.findAllByOrderByPosition();
	}

	@Override
	protected String label(TargetGroup group) {
		return group.getName();
	}

	@Override
	protected TargetGroupForm blankForm() {
		return new TargetGroupForm(null, Boolean.FALSE, 0);
	}

	@Override
	protected TargetGroupForm toForm(TargetGroup group) {
		return new TargetGroupForm(group.getName(), group.isFeatured(), group.getVersion());
	}

	@Override
	protected TargetGroup toEntity(TargetGroupForm form) {
		return new TargetGroup(form.name(), Boolean.TRUE.equals(form.featured()));
	}

	@Override
	protected Changes apply(TargetGroupForm form, TargetGroup group) {
		return new Changes().set("name", group.getName(), form.name(), group::setName)
			.set("featured", group.isFeatured(), Boolean.TRUE.equals(form.featured()), group::setFeatured);
	}

	@Override
	protected List<String> usages(long id) {
		return this.groups.namesUsing(id);
	}

}
