package bi.ppsm.site.targetgroup;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** The name of a target group has English and Kirundi versions. */
@Component
@Order(90)
class TargetGroupTranslations implements TranslatableType<TargetGroup> {

	private static final List<TranslatableField<TargetGroup>> FIELDS = List.of(
			TranslatableField.line("name", "admin.targetGroup.name", 200, TargetGroup::getName));

	private final TargetGroupRepository repository;

	TargetGroupTranslations(TargetGroupRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "target-group";
	}

	@Override
	public String labelKey() {
		return "admin.nav.targetGroups";
	}

	@Override
	public Class<TargetGroup> entityClass() {
		return TargetGroup.class;
	}

	@Override
	public List<TranslatableField<TargetGroup>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(TargetGroup entity) {
		return entity.getId();
	}

	@Override
	public String label(TargetGroup entity) {
		return entity.getName();
	}

	@Override
	public Optional<TargetGroup> find(long id) {
		return this.repository.findById(id);
	}

	@Override
	public List<TargetGroup> all() {
		return this.repository.findAllByOrderByPosition();
	}

	@Override
	public String editUrl(long id) {
		return TargetGroupAdminController.BASE + "/" + id;
	}

}
