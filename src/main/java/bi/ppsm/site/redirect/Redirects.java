package bi.ppsm.site.redirect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.NotFoundException;

/**
 * The site's redirects: recorded when a page's address changes ({@link #moved}), added and
 * deleted by staff, and looked up when a request would otherwise be a 404. Chains are
 * collapsed when written (A→B then B→C leaves A→C and B→C), so a lookup is one indexed read
 * and a visitor gets one 301; a path that becomes a page again loses its redirect.
 */
@Service
@Transactional
public class Redirects {

	static final int PAGE_SIZE = 50;

	private static final String AUDIT_TYPE = "redirect";

	private final JdbcTemplate jdbc;

	private final LivePages livePages;

	private final AuditLog audit;

	Redirects(JdbcTemplate jdbc, LivePages livePages, AuditLog audit) {
		this.jdbc = jdbc;
		this.livePages = livePages;
		this.audit = audit;
	}

	/**
	 * A page moved from one public path to another (a slug changed): the old path redirects
	 * to the new one, redirects to the old path now lead to the new one, and a redirect from
	 * the new path (an earlier address of some page) is removed, since a page owns it again.
	 */
	public void moved(String oldPath, String newPath) {
		String from = RedirectPaths.source(oldPath).orElse(null);
		String to = RedirectPaths.source(newPath).orElse(null);
		if (from == null || to == null || from.equals(to)) {
			return;
		}
		this.jdbc.update("delete from redirect where source = ?", to);
		this.jdbc.update("update redirect set target = ? where target = ?", to, from);
		this.jdbc.update("""
				insert into redirect (source, target, automatic, created_at, created_by) values (?, ?, true, now(), ?)
				on conflict (source) do update set target = excluded.target""", from, to, actor());
	}

	/** Where a request for this path (without language prefix) should go, if anywhere. */
	@Transactional(readOnly = true)
	public Optional<String> targetOf(String path) {
		return RedirectPaths.source(path)
			.flatMap(source -> this.jdbc.queryForList("select target from redirect where source = ?", String.class, source)
				.stream()
				.findFirst());
	}

	@Transactional(readOnly = true)
	Page<Redirect> list(String q, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		String like = (q == null) ? "%" : "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String where = " where lower(source) like ? or lower(target) like ?";
		Long total = this.jdbc.queryForObject("select count(*) from redirect" + where, Long.class, like, like);
		List<Redirect> rows = this.jdbc.query("select * from redirect" + where + " order by source limit ? offset ?",
				Redirects::row, like, like, request.getPageSize(), request.getOffset());
		return new PageImpl<>(rows, request, (total != null) ? total : 0);
	}

	/**
	 * What the fields cannot check alone: a site path as source, a site path or http(s) URL as
	 * target, not the same, no page at the source, no redirect there yet, no loop.
	 */
	@Transactional(readOnly = true)
	void check(RedirectForm form, Errors errors) {
		Optional<String> source = Optional.empty();
		if (form.source() != null && !errors.hasFieldErrors("source")) {
			source = RedirectPaths.source(form.source());
			if (source.isEmpty()) {
				errors.rejectValue("source", "redirectSourcePath");
			}
			else if (this.livePages.owns(source.get())) {
				errors.rejectValue("source", "redirectSourceLive");
			}
			else if (targetOf(source.get()).isPresent()) {
				errors.rejectValue("source", "redirectSourceTaken");
			}
		}
		if (form.target() != null && !errors.hasFieldErrors("target")) {
			Optional<String> target = RedirectPaths.target(form.target());
			if (target.isEmpty()) {
				errors.rejectValue("target", "redirectTarget");
			}
			else if (source.isPresent() && RedirectPaths.isSitePath(target.get())) {
				String path = RedirectPaths.pathOf(target.get());
				if (path.equals(source.get())) {
					errors.rejectValue("target", "redirectSame");
				}
				else if (finalTarget(target.get()).map(RedirectPaths::pathOf).filter(source.get()::equals).isPresent()) {
					errors.rejectValue("target", "redirectLoop");
				}
			}
		}
	}

	/** Saves a checked form: the target is collapsed to its end, and redirects to the source follow. */
	long add(RedirectForm form) {
		String source = RedirectPaths.source(form.source()).orElseThrow();
		String target = finalTarget(RedirectPaths.target(form.target()).orElseThrow()).orElseThrow();
		this.jdbc.update("update redirect set target = ? where target = ?", target, source);
		Long id = this.jdbc.queryForObject("""
				insert into redirect (source, target, automatic, created_at, created_by) values (?, ?, false, now(), ?)
				returning id""", Long.class, source, target, actor());
		this.audit.record("CREATE", AUDIT_TYPE, id, source + " → " + target, List.of("source", "target"));
		return id;
	}

	@Transactional(readOnly = true)
	Redirect find(long id) {
		return this.jdbc.query("select * from redirect where id = ?", Redirects::row, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("redirect " + id));
	}

	void delete(long id) {
		Redirect redirect = find(id);
		this.jdbc.update("delete from redirect where id = ?", id);
		this.audit.record("DELETE", AUDIT_TYPE, id, redirect.source() + " → " + redirect.target(), List.of());
	}

	/** The end of the chain that starts at a target: the target itself when no redirect leaves it. */
	private Optional<String> finalTarget(String target) {
		if (!RedirectPaths.isSitePath(target)) {
			return Optional.of(target);
		}
		// chains are collapsed on every write, so one step reaches the end
		return Optional.of(targetOf(RedirectPaths.pathOf(target)).orElse(target));
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : null;
	}

	private static Redirect row(ResultSet rs, int rowNum) throws SQLException {
		return new Redirect(rs.getLong("id"), rs.getString("source"), rs.getString("target"), rs.getBoolean("automatic"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

}
