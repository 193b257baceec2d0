package bi.ppsm.site.draft;

import java.security.Principal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Autosaved drafts, for the script of admin forms ({@code js/admin-drafts.js}): it sends the
 * fields of a form being typed every few seconds, asks on opening a form whether an unsaved
 * draft exists, and drops a draft the staff member chose to ignore. Its calls also keep the
 * session alive while someone is writing.
 */
@RestController
@RequestMapping("/admin/brouillons")
class DraftController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM 'à' H 'h' mm", Locale.FRENCH);

	private final FormDrafts drafts;

	private final MessageSource messages;

	private final ZoneId zone;

	DraftController(FormDrafts drafts, MessageSource messages, Clock clock) {
		this.drafts = drafts;
		this.messages = messages;
		this.zone = clock.getZone();
	}

	/** The draft of a form, with the sentence that offers it back; empty when there is none. */
	@GetMapping
	Map<String, String> find(@RequestParam(name = "chemin", required = false) String path, Principal principal) {
		if (path == null || !KeptFields.draftable(path)) {
			return Map.of();
		}
		return this.drafts.find(principal.getName(), path)
			.map(draft -> Map.of("message",
					this.messages.getMessage("admin.draft.offer",
							new Object[] { WHEN.format(draft.savedAt().atZone(this.zone)) }, Locale.FRENCH),
					"fields", draft.fields()))
			.orElse(Map.of());
	}

	@PostMapping
	ResponseEntity<Void> save(@RequestParam(name = "chemin", required = false) String path,
			@RequestParam(name = "champs", required = false) String fields, Principal principal) {
		if (path == null || fields == null || path.length() > 500 || fields.length() > KeptFields.MAX_LENGTH) {
			return ResponseEntity.badRequest().build();
		}
		// the inbox and the account forms are never kept: accepted and dropped
		if (KeptFields.draftable(path)) {
			this.drafts.save(principal.getName(), path, KeptFields.clean(fields));
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/supprimer")
	ResponseEntity<Void> delete(@RequestParam(name = "chemin", required = false) String path, Principal principal) {
		if (path == null || path.length() > 500) {
			return ResponseEntity.badRequest().build();
		}
		this.drafts.delete(principal.getName(), path);
		return ResponseEntity.noContent().build();
	}

}
