package bi.ppsm.site.programme;

import java.util.ArrayList;
import java.util.List;

import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.system.ContentEntity;

/**
 * The relation part of a programme or project form: the ids of the zones, funders, partners
 * and target groups ticked in the {@code admin/fragments/forms :: checkboxes} lists.
 */
public interface RelationFields {

	List<Long> zones();

	List<Long> funders();

	List<Long> partners();

	List<Long> targetGroups();

	/** The organisations ticked for IATI's other roles (accountable, extending); none unless the form offers them. */
	default List<Long> otherRoles(Role role) {
		return List.of();
	}

	/** An unticked list is posted as nothing at all: it binds as an empty list. */
	static List<Long> orEmpty(List<Long> ids) {
		return (ids != null) ? ids : new ArrayList<>();
	}

	static List<Long> ids(List<? extends ContentEntity> entities) {
		return entities.stream().map(ContentEntity::getId).toList();
	}

	static List<Long> organisationIds(List<Involvement> involvements) {
		return involvements.stream().map(i -> i.getOrganisation().getId()).toList();
	}

}
