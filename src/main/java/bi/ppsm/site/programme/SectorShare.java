package bi.ppsm.site.programme;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An OECD DAC 5-digit sector (IATI Sector codelist) of a programme or a project, with its share in
 * percent when there are several. A proposed sector was suggested by the seed and is shown to
 * staff as a proposal until they confirm it by saving the form.
 */
@Embeddable
public class SectorShare {

	@Column(nullable = false)
	private String code;

	private BigDecimal percentage;

	@Column(nullable = false)
	private boolean proposed;

	protected SectorShare() {
	}

	public SectorShare(String code, BigDecimal percentage) {
		this.code = code;
		this.percentage = percentage;
	}

	public String getCode() {
		return this.code;
	}

	public BigDecimal getPercentage() {
		return this.percentage;
	}

	public boolean isProposed() {
		return this.proposed;
	}

	/** Same code and share, proposed or not. */
	public boolean sameAs(SectorShare other) {
		return this.code.equals(other.code) && (this.percentage == null ? other.percentage == null
				: other.percentage != null && this.percentage.compareTo(other.percentage) == 0);
	}

	@Override
	public String toString() {
		return (this.percentage != null) ? this.code + " " + this.percentage.stripTrailingZeros().toPlainString() + " %"
				: this.code;
	}

}
