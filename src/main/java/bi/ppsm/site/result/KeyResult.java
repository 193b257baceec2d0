package bi.ppsm.site.result;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

	protected KeyResult() {
	}

	public KeyResult(Programme programme, String statement) {
		this.programme = programme;
		this.statement = statement;
	}

	/** Achieved as a whole percentage of expected, or null when either is unknown. */
	public Integer getPercent() {
		if (this.achievedValue == null || this.expectedValue == null || this.expectedValue.signum() <= 0) {
			return null;
		}
		return this.achievedValue.multiply(BigDecimal.valueOf(100))
			.divide(this.expectedValue, 0, RoundingMode.HALF_UP)
			.intValue();
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
