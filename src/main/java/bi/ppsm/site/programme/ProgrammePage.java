package bi.ppsm.site.programme;

import org.springframework.ui.Model;

/**
 * The public page of a programme, built by the catalog from a record that may not be saved:
 * the admin previews an unsaved form with it without depending on the catalog.
 */
public interface ProgrammePage {

	/** Adds what the page shows to the model; returns its view. */
	String render(Programme programme, Model model);

}
