package bi.ppsm.site.figure;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import bi.ppsm.site.system.ContentEntity;

/** A figure of the home page ("+20 000 cas traités"), with the date it holds as of. */
@Entity
@Table(name = "headline_figure")
public class HeadlineFigure extends ContentEntity {

	@Column(nullable = false)
	private int value;

	private String prefix;

	@Column(nullable = false)
	private String label;

	@Column(name = "as_of")
	private LocalDate asOf;

	protected HeadlineFigure() {
	}

	public HeadlineFigure(int value, String prefix, String label) {
		this.value = value;
		this.prefix = prefix;
		this.label = label;
	}

	public int getValue() {
		return this.value;
	}

	public void setValue(int value) {
		this.value = value;
	}

	public String getPrefix() {
		return this.prefix;
	}

	public void setPrefix(String prefix) {
		this.prefix = prefix;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public void setAsOf(LocalDate asOf) {
		this.asOf = asOf;
	}

}
