package bi.ppsm.site.result;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.system.ContentEntity;

/**
 * A key result of a programme, optionally of one of its projects: a statement, and where
 * known an achieved and an expected value. The percentage is computed, never typed.
 */
@Entity
@Table(name = "key_result")
public class KeyResult extends ContentEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id")
	private Programme programme;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	private String theme;

	@Column(nullable = false)
	private String statement;

	@Column(name = "achieved_value")
	private BigDecimal achievedValue;

	@Column(name = "expected_value")
	private BigDecimal expectedValue;

	private String unit;

	@Column(name = "baseline_value")
	private BigDecimal baselineValue;

	@Column(name = "baseline_year")
	private Integer baselineYear;

	/** IATI ResultType code: 1 output, 2 outcome, 3 impact, 9 other; null when not said. */
	@Column(name = "result_type")
	private String resultType;

	/** The period (a year, a phase) its expected and achieved values cover. */
	@jakarta.persistence.Embedded
	private bi.ppsm.site.period.Period period = new bi.ppsm.site.period.Period(null, null, null, null);

	/** Its values year by year or phase by phase (issue 15); the fields above stay its headline. */
	@jakarta.persistence.OneToMany(mappedBy = "keyResult")
	@jakarta.persistence.OrderBy("position, id")
	private java.util.List<ResultPeriod> periods = new java.util.ArrayList<>();

	protected KeyResult() {
	}

	public KeyResult(Programme programme, String statement) {
		this.programme = programme;
		this.statement = statement;
	}

	/** Achieved as a whole percentage of expected, or null when either is unknown. */
	public Integer getPercent() {
		return Progress.percent(this.achievedValue, this.expectedValue);
	}

	/** The scale of its chart: the larger of expected and achieved, so that a result above its target still fits. */
	public BigDecimal getChartMax() {
		return Progress.chartMax(this.achievedValue, this.expectedValue);
	}

	/** Where the bar of the achieved value ends on the chart, in percent of its width. */
	public Integer getAchievedWidth() {
		return Progress.position(this.achievedValue, this.achievedValue, this.expectedValue);
	}

	/** Where the target stands on the chart, in percent of its width. */
	public Integer getTargetPosition() {
		return Progress.position(this.expectedValue, this.achievedValue, this.expectedValue);
	}

	public java.util.List<ResultPeriod> getPeriods() {
		return this.periods;
	}

	/** Whether it has figures to report as an IATI indicator (a target or an achieved value, its own or a period's). */
	public boolean isQuantitative() {
		return this.achievedValue != null || this.expectedValue != null
				|| this.periods.stream().anyMatch(p -> p.getTargetValue() != null || p.getActualValue() != null);
	}

	public BigDecimal getBaselineValue() {
		return this.baselineValue;
	}

	public void setBaselineValue(BigDecimal baselineValue) {
		this.baselineValue = baselineValue;
	}

	public Integer getBaselineYear() {
		return this.baselineYear;
	}

	public void setBaselineYear(Integer baselineYear) {
		this.baselineYear = baselineYear;
	}

	public String getResultType() {
		return this.resultType;
	}

	public void setResultType(String resultType) {
		this.resultType = resultType;
	}

	public bi.ppsm.site.period.Period getPeriod() {
		// Hibernate loads an embedded value whose columns are all null as null
		return (this.period != null) ? this.period : bi.ppsm.site.period.Period.UNKNOWN;
	}

	public void setPeriod(bi.ppsm.site.period.Period period) {
		this.period = period;
	}

	/** The width of a progress bar: the percentage, capped at 100. */
	public Integer getBarPercent() {
		Integer percent = getPercent();
		return (percent == null) ? null : Math.min(percent, 100);
	}

	public Programme getProgramme() {
		return this.programme;
	}

	public void setProgramme(Programme programme) {
		this.programme = programme;
	}

	public Project getProject() {
		return this.project;
	}

	public void setProject(Project project) {
		this.project = project;
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public String getStatement() {
		return this.statement;
	}

	public void setStatement(String statement) {
		this.statement = statement;
	}

	public BigDecimal getAchievedValue() {
		return this.achievedValue;
	}

	public void setAchievedValue(BigDecimal achievedValue) {
		this.achievedValue = achievedValue;
	}

	public BigDecimal getExpectedValue() {
		return this.expectedValue;
	}

	public void setExpectedValue(BigDecimal expectedValue) {
		this.expectedValue = expectedValue;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

}
