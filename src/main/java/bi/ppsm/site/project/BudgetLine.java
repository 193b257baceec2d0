package bi.ppsm.site.project;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.system.ContentEntity;
import bi.ppsm.site.system.Formats;

/**
 * A line of a project's budget: an amount in a currency (an IATI Currency code), its kind,
 * and optionally the phase or the period it covers and the funder it comes from.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends ContentEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private Project project;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BudgetKind kind;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(nullable = false)
	private String currency;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "phase_id")
	private ProjectPhase phase;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "funder_id")
	private Organisation funder;

	@Embedded
	private Period period = new Period(null, null, null, null);

	protected BudgetLine() {
	}

	public BudgetLine(Project project, BudgetKind kind, BigDecimal amount, String currency) {
		this.project = project;
		this.kind = kind;
		this.amount = amount;
		this.currency = currency;
	}

	public Project getProject() {
		return this.project;
	}

	public BudgetKind getKind() {
		return this.kind;
	}

	public void setKind(BudgetKind kind) {
		this.kind = kind;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public ProjectPhase getPhase() {
		return this.phase;
	}

	public void setPhase(ProjectPhase phase) {
		this.phase = phase;
	}

	public Organisation getFunder() {
		return this.funder;
	}

	public void setFunder(Organisation funder) {
		this.funder = funder;
	}

	public Period getPeriod() {
		// Hibernate loads an embedded value whose columns are all null as null
		return (this.period != null) ? this.period : Period.UNKNOWN;
	}

	public void setPeriod(Period period) {
		this.period = period;
	}

	/** The period the line covers: its own, else its phase's. */
	public Period getCoveredPeriod() {
		if (getPeriod().isKnown() || this.phase == null) {
			return getPeriod();
		}
		return this.phase.getPeriod();
	}

	/** A label for the audit log and the flash message: the amount in French, then the currency code. */
	public String label() {
		return Formats.frenchAmount(this.amount, this.currency) + " " + this.currency;
	}

}
