package bi.ppsm.site.result;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.period.PeriodFormat;
import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableType;

/** The label ("Phase 2") and comment of a key result's period have English and Kirundi versions. */
@Component
@Order(150)
class ResultPeriodTranslations implements TranslatableType<ResultPeriod> {

	private static final List<TranslatableField<ResultPeriod>> FIELDS = List.of(
			TranslatableField.line("label", "admin.resultPeriod.label", 120, ResultPeriod::getLabel),
			TranslatableField.text("comment", "admin.resultPeriod.comment", 1000, ResultPeriod::getComment));

	private final ResultPeriodRepository periods;

	private final PeriodFormat periodFormat;

	ResultPeriodTranslations(ResultPeriodRepository periods, PeriodFormat periodFormat) {
		this.periods = periods;
		this.periodFormat = periodFormat;
	}

	@Override
	public String name() {
		return "result-period";
	}

	@Override
	public String labelKey() {
		return "admin.translation.type.resultPeriods";
	}

	@Override
	public Class<ResultPeriod> entityClass() {
		return ResultPeriod.class;
	}

	@Override
	public List<TranslatableField<ResultPeriod>> fields() {
		return FIELDS;
	}

	@Override
	public Long id(ResultPeriod period) {
		return period.getId();
	}

	/** As the audit log names it: the result's statement, then the period's label or dates. */
	@Override
	public String label(ResultPeriod period) {
		String name = (period.getLabel() != null) ? period.getLabel() : this.periodFormat.format(period.getPeriod());
		return period.getKeyResult().getStatement() + " – " + name;
	}

	@Override
	public Optional<ResultPeriod> find(long id) {
		return this.periods.findById(id);
	}

	/** Every period with its result, in one query. */
	@Override
	public List<ResultPeriod> all() {
		return this.periods.findAllWithResult();
	}

	@Override
	public String editUrl(long id) {
		return this.periods.findById(id)
			.map(p -> KeyResultAdminController.BASE + "/" + p.getKeyResult().getId() + "/periodes/" + id)
			.orElse(KeyResultAdminController.BASE);
	}

}
