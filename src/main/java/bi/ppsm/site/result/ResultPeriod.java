package bi.ppsm.site.result;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import bi.ppsm.site.period.Period;
import bi.ppsm.site.system.ContentEntity;

/**
 * The values of a key result for one period, a year or a phase: its dates (with their
 * precision) and optionally a label such as "Phase 2", a baseline, a target, an actual value
 * and a comment. The percentage is computed, never typed.
 */
@Entity
@Table(name = "key_result_period")
public class ResultPeriod extends ContentEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "key_result_id")
	private KeyResult keyResult;

	private String label;

	@Embedded
	private Period period = new Period(null, null, null, null);

	@Column(name = "baseline_value")
	private BigDecimal baselineValue;

	@Column(name = "target_value")
	private BigDecimal targetValue;

	@Column(name = "actual_value")
	private BigDecimal actualValue;

	private String comment;

	protected ResultPeriod() {
	}

	public ResultPeriod(KeyResult keyResult) {
		this.keyResult = keyResult;
	}

	public KeyResult getKeyResult() {
		return this.keyResult;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public Period getPeriod() {
		// Hibernate loads an embedded value whose columns are all null as null
		return (this.period != null) ? this.period : Period.UNKNOWN;
	}

	public void setPeriod(Period period) {
		this.period = period;
	}

	public BigDecimal getBaselineValue() {
		return this.baselineValue;
	}

	public void setBaselineValue(BigDecimal baselineValue) {
		this.baselineValue = baselineValue;
	}

	public BigDecimal getTargetValue() {
		return this.targetValue;
	}

	public void setTargetValue(BigDecimal targetValue) {
		this.targetValue = targetValue;
	}

	public BigDecimal getActualValue() {
		return this.actualValue;
	}

	public void setActualValue(BigDecimal actualValue) {
		this.actualValue = actualValue;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	/** Actual as a whole percentage of the target, or null when either is unknown. */
	public Integer getPercent() {
		return Progress.percent(this.actualValue, this.targetValue);
	}

	/** Where the bar of the actual value ends on its small chart, in percent of its width. */
	public Integer getAchievedWidth() {
		return Progress.position(this.actualValue, this.actualValue, this.targetValue);
	}

	/** Where the target stands on its small chart, in percent of its width. */
	public Integer getTargetPosition() {
		return Progress.position(this.targetValue, this.actualValue, this.targetValue);
	}

}
