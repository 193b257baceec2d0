package bi.ppsm.site.targetgroup;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** The name of a target group has English and Kirundi versions. */
@Component
@Order(90)
class TargetGroupTranslations extends TranslatableRecords<TargetGroup> {

	private static final List<TranslatableField<TargetGroup>> FIELDS = List.of(
			TranslatableField.line("name", "admin.targetGroup.name", 200, TargetGroup::getName));

	TargetGroupTranslations(TargetGroupRepository repository) {
		super("target-group", "admin.nav.targetGroups", TargetGroup.class, TargetGroupAdminController.BASE, FIELDS,
				TargetGroup::getId, TargetGroup::getName, repository::findById, repository::findAllByOrderByPosition);
	}

}
