package bi.ppsm.site.redirect;

import java.time.Instant;

/** One row of the redirect table, as the admin list shows it. */
record Redirect(long id, String source, String target, boolean automatic, Instant createdAt, String createdBy) {
}
