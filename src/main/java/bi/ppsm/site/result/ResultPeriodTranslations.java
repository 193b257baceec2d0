package bi.ppsm.site.result;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import bi.ppsm.site.period.PeriodFormat;
import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** The label ("Phase 2") and comment of a key result's period have English and Kirundi versions. */
@Component
@Order(150)
class ResultPeriodTranslations extends TranslatableRecords<ResultPeriod> {

	private static final List<TranslatableField<ResultPeriod>> FIELDS = List.of(
			TranslatableField.line("label", "admin.resultPeriod.label", 120, ResultPeriod::getLabel),
			TranslatableField.text("comment", "admin.resultPeriod.comment", 1000, ResultPeriod::getComment));

	private final ResultPeriodRepository periods;

	/** Named as the audit log names a period: the result's statement, then the period's label or dates; read with their results in one query. */
	ResultPeriodTranslations(ResultPeriodRepository periods, PeriodFormat periodFormat) {
		super("result-period", "admin.translation.type.resultPeriods", ResultPeriod.class, KeyResultAdminController.BASE,
				FIELDS, ResultPeriod::getId,
				period -> period.getKeyResult().getStatement() + " – "
						+ ((period.getLabel() != null) ? period.getLabel() : periodFormat.format(period.getPeriod())),
				periods::findById, periods::findAllWithResult);
		this.periods = periods;
	}

	@Override
	public String editUrl(long id) {
		return this.periods.findById(id)
			.map(p -> KeyResultAdminController.BASE + "/" + p.getKeyResult().getId() + "/periodes/" + id)
			.orElse(KeyResultAdminController.BASE);
	}

}
