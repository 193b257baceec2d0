package bi.ppsm.site.result;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of an achieved value against a target, for a result's headline and for each of
 * its periods: the percentage (computed, never typed) and the two positions of its small SVG
 * chart, on the scale of the larger of the two values so that a result above 100 % still fits.
 */
final class Progress {

	private Progress() {
	}

	/** Achieved as a whole percentage of the target, or null when either is unknown. */
	static Integer percent(BigDecimal achieved, BigDecimal target) {
		if (achieved == null || target == null || target.signum() <= 0) {
			return null;
		}
		return achieved.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).intValue();
	}

	/** The scale of the chart: the larger of the two values. */
	static BigDecimal chartMax(BigDecimal achieved, BigDecimal target) {
		return (achieved == null || target == null) ? null : achieved.max(target);
	}

	/** Where the bar of {@code value} ends on the chart, in percent of its width. */
	static Integer position(BigDecimal value, BigDecimal achieved, BigDecimal target) {
		BigDecimal max = chartMax(achieved, target);
		if (max == null || max.signum() <= 0) {
			return null;
		}
		return value.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
	}

}
