package bi.ppsm.site.admin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import bi.ppsm.site.system.Markdown;

/**
 * The live preview of the Markdown editor ({@code js/admin-markdown.js}): the text being typed
 * comes back as the HTML visitors will see, sanitised by the same {@link Markdown} as the
 * public pages. Nothing is stored. Signed-in editors and administrators only (as all of
 * {@code /admin/**}), with the CSRF token of the form; without a session the call gets a bare
 * 401, like the autosaved drafts.
 */
@RestController
class MarkdownPreviewController {

	/** Longer texts are not previewed (the same bound as a kept form). */
	static final int MAX_LENGTH = 200_000;

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	private final Markdown markdown;

	private final MessageSource messages;

	MarkdownPreviewController(Markdown markdown, MessageSource messages) {
		this.markdown = markdown;
		this.messages = messages;
	}

	@PostMapping("/admin/markdown/apercu")
	ResponseEntity<String> preview(@RequestParam(name = "texte", required = false) String text,
			HttpServletRequest request, Locale locale) {
		// a body larger than the container parses is dropped by it: the text is missing then
		boolean tooLong = (text != null) ? text.length() > MAX_LENGTH : request.getContentLengthLong() > MAX_LENGTH;
		if (tooLong) {
			String message = this.messages.getMessage("admin.markdown.preview.tooLong",
					new Object[] { String.format(Locale.FRENCH, "%,d", MAX_LENGTH) }, locale);
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(TEXT).body(message);
		}
		return ResponseEntity.ok().contentType(HTML).body(this.markdown.html(text));
	}

}
