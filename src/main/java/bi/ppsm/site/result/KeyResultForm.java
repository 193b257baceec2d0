package bi.ppsm.site.result;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A key result: a statement and, where known, the achieved and expected values (at most what
 * the numeric(14, 2) columns hold).
 */
record KeyResultForm(@NotNull Long programme, Long project, @Size(max = 300) String theme,
		@NotBlank @Size(max = 1000) String statement,
		@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal achievedValue,
		@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal expectedValue, @Size(max = 120) String unit,
		Integer version) {

	static KeyResultForm from(KeyResult r) {
		return new KeyResultForm(r.getProgramme().getId(), (r.getProject() != null) ? r.getProject().getId() : null,
				r.getTheme(), r.getStatement(), r.getAchievedValue(), r.getExpectedValue(), r.getUnit(),
				r.getVersion());
	}

}
