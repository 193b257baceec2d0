package bi.ppsm.site.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** A branch's name and address (a landmark, often) have English and Kirundi versions; its zones do not. */
@Component
@Order(130)
class BranchTranslations implements TranslatableType<Branch> {

	private static final List<TranslatableField<Branch>> FIELDS = List.of(
			TranslatableField.line("name", "admin.branch.name", 200, Branch::getName),
			TranslatableField.line("address", "admin.directory.address", 300, Branch::getAddress));

	private final BranchRepository repository;

	BranchTranslations(BranchRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "branch";
	}

	@Override
	public String labelKey() {
		return "admin.nav.branches";
	}

	@Override
	public Class<Branch> entityClass() {
		return Branch.class;
	}

	@Override
	public List<TranslatableField<Branch>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(Branch entity) {
		return entity.getId();
	}

	@Override
	public String label(Branch entity) {
		return entity.getName();
	}

	@Override
	public Optional<Branch> find(long id) {
		return this.repository.findById(id);
	}

	@Override
	public List<Branch> all() {
		return this.repository.findAllByOrderByPosition();
	}

	@Override
	public String editUrl(long id) {
		return BranchAdminController.BASE + "/" + id;
	}

}
