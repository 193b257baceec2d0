package bi.ppsm.site.directory;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.OrderedList;
import bi.ppsm.site.admin.OrderedListAdminController;
import bi.ppsm.site.audit.AuditLog;

/** The PPSM's branches, shown with their addresses on /membres, in their order. */
@Controller
@RequestMapping(BranchAdminController.BASE)
class BranchAdminController extends OrderedListAdminController<Branch, BranchForm> {

	static final String BASE = "/admin/antennes";

	private final BranchRepository branches;

	private final Places places;

	BranchAdminController(BranchRepository branches, Places places, AuditLog audit) {
		super(branches, audit, new OrderedList(BASE, "branch", "admin.nav.branches", "admin/directory/branch-form",
				List.of("name", "province", "commune", "address", "phone", "email")));
		this.branches = branches;
		this.places = places;
	}

	@ModelAttribute
	void places(Model model) {
		model.addAttribute("provinceOptions", this.places.provinceOptions());
		model.addAttribute("provinces", this.places.tree());
	}

	@Override
	public Map<String, String> references() {
		return Map.of("province", "zone", "commune", "zone");
	}

	@Override
	protected List<Branch> ordered() {
		return this.branches.findAllByOrderByPosition();
	}

	@Override
	protected String label(Branch branch) {
		return branch.getName();
	}

	@Override
	protected BranchForm blankForm() {
		return new BranchForm(null, null, null, null, null, null, 0);
	}

	@Override
	protected BranchForm toForm(Branch branch) {
		return BranchForm.from(branch);
	}

	@Override
	protected Branch toEntity(BranchForm form) {
		Branch branch = new Branch(form.name());
		apply(form, branch);
		return branch;
	}

	@Override
	protected void check(BranchForm form, Long id, BindingResult result) {
		this.places.check(form, false, result);
	}

	@Override
	protected Changes apply(BranchForm form, Branch b) {
		return new Changes().set("name", b.getName(), form.name(), b::setName)
			.set("province", b.getProvince(), this.places.province(form.province()).orElse(null), b::setProvince)
			.set("commune", b.getCommune(), this.places.commune(form.commune()).orElse(null), b::setCommune)
			.set("address", b.getAddress(), form.address(), b::setAddress)
			.set("phone", b.getPhone(), form.phone(), b::setPhone)
			.set("email", b.getEmail(), form.email(), b::setEmail);
	}

}
