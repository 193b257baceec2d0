package bi.ppsm.site.project;

import org.springframework.ui.Model;

/**
 * The public page of a project, built by the catalog from a record that may not be saved:
 * the admin previews an unsaved form with it without depending on the catalog.
 */
public interface ProjectPage {

	/** Adds what the page shows to the model; returns its view. */
	String render(Project project, Model model);

}
