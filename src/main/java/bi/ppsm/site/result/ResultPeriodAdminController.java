package bi.ppsm.site.result;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.period.PeriodFormat;
import bi.ppsm.site.system.NotFoundException;

/**
 * The values of one key result per period (a year, a phase): list, add, edit, delete, each in
 * the audit log, on a page of its own like a project's budget lines.
 */
@Controller
@RequestMapping(KeyResultAdminController.BASE + "/{resultId}/periodes")
class ResultPeriodAdminController {

	static final String ENTITY = "result-period";

	private static final List<String> FIELDS = List.of("label", "period", "baselineValue", "targetValue", "actualValue",
			"comment");

	private final KeyResultRepository results;

	private final ResultPeriodRepository periods;

	private final AuditLog audit;

	private final PeriodFormat periodFormat;

	ResultPeriodAdminController(KeyResultRepository results, ResultPeriodRepository periods, AuditLog audit,
			PeriodFormat periodFormat) {
		this.periodFormat = periodFormat;
		this.results = results;
		this.periods = periods;
		this.audit = audit;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@PathVariable long resultId, Model model) {
		model.addAttribute("form", ResultPeriodForm.empty());
		return list(result(resultId), model);
	}

	@PostMapping
	@Transactional
	String create(@PathVariable long resultId, @Valid @ModelAttribute("form") ResultPeriodForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		KeyResult result = result(resultId);
		form.check(errors);
		if (errors.hasErrors()) {
			return list(result, model);
		}
		ResultPeriod period = new ResultPeriod(result);
		period.setPosition(this.periods.findByKeyResultOrderByPositionAscIdAsc(result).size() + 1);
		apply(form, period);
		this.periods.save(period);
		this.audit.record("CREATE", ENTITY, period.getId(), label(result, period), FIELDS);
		Flash.saved(redirect, ENTITY, name(period));
		return redirect(resultId);
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long resultId, @PathVariable long id, Model model) {
		KeyResult result = result(resultId);
		ResultPeriod period = find(result, id);
		model.addAttribute("form", ResultPeriodForm.from(period));
		return form(result, period, model);
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long resultId, @PathVariable long id, @Valid @ModelAttribute("form") ResultPeriodForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		KeyResult result = result(resultId);
		ResultPeriod period = find(result, id);
		AdminForms.checkVersion(period.getVersion(), form.version(), errors);
		form.check(errors);
		if (errors.hasErrors()) {
			return form(result, period, model);
		}
		Changes changes = apply(form, period);
		this.audit.record("UPDATE", ENTITY, id, label(result, period), changes.fields());
		Flash.saved(redirect, ENTITY, name(period));
		return redirect(resultId);
	}

	@GetMapping("/{id}/supprimer")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long resultId, @PathVariable long id, Model model) {
		ResultPeriod period = find(result(resultId), id);
		model.addAttribute("label", name(period));
		model.addAttribute("usages", List.of());
		model.addAttribute("back", base(resultId));
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long resultId, @PathVariable long id, RedirectAttributes redirect) {
		KeyResult result = result(resultId);
		ResultPeriod period = find(result, id);
		this.audit.record("DELETE", ENTITY, id, label(result, period), List.of());
		this.periods.delete(period);
		Flash.deleted(redirect);
		return redirect(resultId);
	}

	private Changes apply(ResultPeriodForm form, ResultPeriod period) {
		return new Changes().set("label", period.getLabel(), form.cleanLabel(), period::setLabel)
			.set("period", period.getPeriod(), form.period(), period::setPeriod)
			.set("baselineValue", period.getBaselineValue(), form.baselineValue(), period::setBaselineValue)
			.set("targetValue", period.getTargetValue(), form.targetValue(), period::setTargetValue)
			.set("actualValue", period.getActualValue(), form.actualValue(), period::setActualValue)
			.set("comment", period.getComment(), form.cleanComment(), period::setComment);
	}

	private String list(KeyResult result, Model model) {
		model.addAttribute("result", result);
		model.addAttribute("periods", this.periods.findByKeyResultOrderByPositionAscIdAsc(result));
		return "admin/result/periods";
	}

	private String form(KeyResult result, ResultPeriod period, Model model) {
		model.addAttribute("result", result);
		model.addAttribute("period", period.getId());
		model.addAttribute("item", period);
		return "admin/result/period";
	}

	/** The row's name in messages: its label, else its dates. */
	private String name(ResultPeriod period) {
		return (period.getLabel() != null) ? period.getLabel() : this.periodFormat.format(period.getPeriod());
	}

	private String label(KeyResult result, ResultPeriod period) {
		return result.getStatement() + " – " + name(period);
	}

	private static String base(long resultId) {
		return KeyResultAdminController.BASE + "/" + resultId + "/periodes";
	}

	private static String redirect(long resultId) {
		return "redirect:" + base(resultId);
	}

	private KeyResult result(long id) {
		return this.results.findById(id).orElseThrow(() -> new NotFoundException("key result " + id));
	}

	private ResultPeriod find(KeyResult result, long id) {
		return this.periods.findById(id)
			.filter(p -> p.getKeyResult().getId().equals(result.getId()))
			.orElseThrow(() -> new NotFoundException("result period " + id));
	}

}
