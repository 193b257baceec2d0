package bi.ppsm.site.period;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** When a programme or project runs: a start, and an end unless it is ongoing. */
@Embeddable
public class Period {

	/** No date known. */
	public static final Period UNKNOWN = new Period(null, null, null, null);

	@Column(name = "start_date")
	private LocalDate start;

	@Enumerated(EnumType.STRING)
	@Column(name = "start_precision")
	private DatePrecision startPrecision;

	@Column(name = "end_date")
	private LocalDate end;

	@Enumerated(EnumType.STRING)
	@Column(name = "end_precision")
	private DatePrecision endPrecision;

	protected Period() {
	}

	public Period(LocalDate start, DatePrecision startPrecision, LocalDate end, DatePrecision endPrecision) {
		this.start = start;
		this.startPrecision = (start != null && startPrecision == null) ? DatePrecision.DAY : startPrecision;
		this.end = end;
		this.endPrecision = (end != null && endPrecision == null) ? DatePrecision.DAY : endPrecision;
	}

	public LocalDate getStart() {
		return this.start;
	}

	public DatePrecision getStartPrecision() {
		return this.startPrecision;
	}

	public LocalDate getEnd() {
		return this.end;
	}

	public DatePrecision getEndPrecision() {
		return this.endPrecision;
	}

	public boolean isKnown() {
		return this.start != null || this.end != null;
	}

	/** Two periods are the same when their dates are, and so are the precisions of the dates they have. */
	@Override
	public boolean equals(Object other) {
		return other instanceof Period that && Objects.equals(this.start, that.start)
				&& Objects.equals(this.end, that.end)
				&& (this.start == null || this.startPrecision == that.startPrecision)
				&& (this.end == null || this.endPrecision == that.endPrecision);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.start, this.end);
	}

	/** Over when its end has passed (all of its year or month, when only those are known); a period without end is ongoing. */
	public boolean isOverOn(LocalDate day) {
		return this.end != null && lastDay(this.end, this.endPrecision).isBefore(day);
	}

	/** An end before the start, comparing the last day the end may mean with the first the start may mean. */
	public boolean endsBeforeItStarts() {
		return this.start != null && this.end != null && lastDay(this.end, this.endPrecision).isBefore(this.start);
	}

	private static LocalDate lastDay(LocalDate date, DatePrecision precision) {
		return switch ((precision != null) ? precision : DatePrecision.DAY) {
			case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
			case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
			case DAY -> date;
		};
	}

}
