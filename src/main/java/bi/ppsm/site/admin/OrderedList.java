package bi.ppsm.site.admin;

import java.util.List;

/**
 * What tells one ordered list admin from another.
 * @param base the URL of the list ("/admin/services"), also the prefix of its other pages
 * @param entityType the entity type of its audit entries ("service")
 * @param titleKey the message key of the list title ("admin.nav.services")
 * @param formView the view of the create and edit form ("admin/services/form")
 * @param fields the fields an audit entry lists on creation
 */
public record OrderedList(String base, String entityType, String titleKey, String formView, List<String> fields) {

	public OrderedList {
		fields = List.copyOf(fields);
	}

}
