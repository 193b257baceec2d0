package bi.ppsm.site.directory;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** A branch's name and address (a landmark, often) have English and Kirundi versions; its zones do not. */
@Component
@Order(130)
class BranchTranslations extends TranslatableRecords<Branch> {

	private static final List<TranslatableField<Branch>> FIELDS = List.of(
			TranslatableField.line("name", "admin.branch.name", 200, Branch::getName),
			TranslatableField.line("address", "admin.directory.address", 300, Branch::getAddress));

	BranchTranslations(BranchRepository repository) {
		super("branch", "admin.nav.branches", Branch.class, BranchAdminController.BASE, FIELDS,
				Branch::getId, Branch::getName, repository::findById, repository::findAllByOrderByPosition);
	}

}
