package bi.ppsm.site.draft;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Staff's kept form input (autosaved drafts and refused saves) that mentions a given text. */
@Service
public class KeptInput {

	private final JdbcClient jdbc;

	KeptInput(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Deletes every draft and pending submission whose fields hold this text (whatever its case,
	 * as typed or URL-encoded as the browser sent it), inside the caller's transaction.
	 * Returns how many rows went.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forgetMentioning(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		int deleted = 0;
		for (String form : List.of(lower, URLEncoder.encode(lower, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT))) {
			String pattern = "%" + form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			deleted += this.jdbc.sql("delete from form_draft where lower(fields) like ?").params(pattern).update();
			deleted += this.jdbc.sql("delete from pending_submission where lower(fields) like ?").params(pattern).update();
		}
		return deleted;
	}

}
