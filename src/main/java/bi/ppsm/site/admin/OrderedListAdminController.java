package bi.ppsm.site.admin;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ResolvableType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.revision.Revisable;
import bi.ppsm.site.revision.Revisions;
import bi.ppsm.site.system.ContentEntity;
import bi.ppsm.site.system.NotFoundException;

/**
 * The admin of an ordered list of simple records (services, figures, zones...): list, create,
 * edit, move up or down, delete after a confirmation; each change goes to the audit log and
 * ends with a flash message. A subclass, mapped at {@link OrderedList#base()}, says how its
 * form becomes an entity and back; it may add model attributes with {@code @ModelAttribute}
 * methods, check a form further ({@link #check}) and refuse a delete ({@link #usages}).
 * <p>
 * The handler methods are public so that the transactional proxy of a subclass in another
 * package runs them.
 * @param <T> the entity
 * @param <F> its form
 */
public abstract class OrderedListAdminController<T extends ContentEntity, F extends VersionedForm> implements Revisable {

	private final JpaRepository<T, Long> repository;

	private final AuditLog audit;

	private final OrderedList list;

	private Revisions revisions;

	protected OrderedListAdminController(JpaRepository<T, Long> repository, AuditLog audit, OrderedList list) {
		this.repository = repository;
		this.audit = audit;
		this.list = list;
	}

	/** Every save keeps a revision of the record (its form). */
	@Autowired
	public void setRevisions(Revisions revisions) {
		this.revisions = revisions;
	}

	/** All the records, in the order of the list. */
	protected abstract List<T> ordered();

	/** How a record is named in the list, the delete page and the audit log. */
	protected abstract String label(T entry);

	/** The form of the create page. */
	protected abstract F blankForm();

	/** The form of the edit page. */
	protected abstract F toForm(T entry);

	/** A new record from a valid form. */
	protected abstract T toEntity(F form);

	/** Copies a valid form onto a record, field by field. */
	protected abstract Changes apply(F form, T entry);

	/** Further checks of a form, as field errors; {@code id} is null on creation. */
	protected void check(F form, Long id, BindingResult result) {
	}

	/** The names of what still uses a record; a record in use cannot be deleted. */
	protected List<String> usages(long id) {
		return List.of();
	}

	@GetMapping
	public String list(Model model) {
		model.addAttribute("items", ordered().stream().map(e -> new Option(e.getId(), label(e))).toList());
		model.addAttribute("base", this.list.base());
		model.addAttribute("titleKey", this.list.titleKey());
		return "admin/ordered-list";
	}

	@GetMapping("/nouveau")
	public String createForm(Model model) {
		model.addAttribute("form", blankForm());
		return form(model, null);
	}

	@PostMapping("/nouveau")
	@Transactional
	public String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		check(form, null, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		T entry = toEntity(form);
		entry.setPosition(Positions.next((int) this.repository.count()));
		this.repository.save(entry);
		this.revisions.created(this.list.entityType(), entry.getId());
		this.audit.record("CREATE", this.list.entityType(), entry.getId(), label(entry), this.list.fields());
		Flash.saved(redirect, this.list.entityType(), label(entry));
		return redirectToList();
	}

	@GetMapping("/{id}")
	public String editForm(@PathVariable long id, Model model) {
		T entry = find(id);
		model.addAttribute("form", toForm(entry));
		return form(model, entry);
	}

	@PostMapping("/{id}")
	@Transactional
	public String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		T entry = find(id);
		AdminForms.checkVersion(entry.getVersion(), form.version(), result);
		check(form, id, result);
		if (result.hasErrors()) {
			return form(model, entry);
		}
		save(id, form, entry);
		Flash.saved(redirect, this.list.entityType(), label(entry));
		return redirectToList();
	}

	@PostMapping("/{id}/monter")
	@Transactional
	public String up(@PathVariable long id, RedirectAttributes redirect) {
		return move(id, -1, redirect);
	}

	@PostMapping("/{id}/descendre")
	@Transactional
	public String down(@PathVariable long id, RedirectAttributes redirect) {
		return move(id, 1, redirect);
	}

	@GetMapping("/{id}/supprimer")
	public String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("label", label(find(id)));
		model.addAttribute("usages", usages(id));
		model.addAttribute("back", this.list.base());
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	public String delete(@PathVariable long id, RedirectAttributes redirect) {
		T entry = find(id);
		if (!usages(id).isEmpty()) {
			return redirectToList() + "/" + id + "/supprimer";
		}
		this.audit.record("DELETE", this.list.entityType(), id, label(entry), List.of());
		this.repository.delete(entry);
		Flash.deleted(redirect);
		return redirectToList();
	}

	private void save(long id, F form, T entry) {
		this.revisions.track(this.list.entityType(), id);
		Changes changes = apply(form, entry);
		this.audit.record("UPDATE", this.list.entityType(), id, label(entry), changes.fields());
	}

	@Override
	public String type() {
		return this.list.entityType();
	}

	@Override
	public Class<?> formType() {
		return ResolvableType.forClass(ClassUtils.getUserClass(getClass()))
			.as(OrderedListAdminController.class)
			.getGeneric(1)
			.resolve();
	}

	@Override
	public Object capture(long id) {
		return toForm(find(id));
	}

	@Override
	public String label(long id) {
		return label(find(id));
	}

	@Override
	public String adminUrl(long id) {
		return this.list.base() + "/" + id;
	}

	/** A kept form brought back: the checks and the save of an edit. */
	@Override
	@SuppressWarnings("unchecked")
	public void restore(long id, Object form, BindingResult result) {
		T entry = find(id);
		check((F) form, id, result);
		if (!result.hasErrors()) {
			save(id, (F) form, entry);
		}
	}

	private String move(long id, int step, RedirectAttributes redirect) {
		T entry = find(id);
		if (Positions.move(ordered(), e -> e.getId() == id, step, ContentEntity::setPosition)) {
			this.audit.record("MOVE", this.list.entityType(), id, label(entry), List.of("position"));
			Flash.moved(redirect);
		}
		return redirectToList();
	}

	/** The create or edit page; {@code entry} is null on creation. */
	private String form(Model model, T entry) {
		model.addAttribute("item", entry);
		model.addAttribute("base", this.list.base());
		model.addAttribute("revisionType", this.list.entityType());
		return this.list.formView();
	}

	private String redirectToList() {
		return "redirect:" + this.list.base();
	}

	private T find(long id) {
		return this.repository.findById(id)
			.orElseThrow(() -> new NotFoundException(this.list.entityType() + " " + id));
	}

}
