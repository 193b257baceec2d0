package bi.ppsm.site.result;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A key result: a statement and, where known, the achieved and expected values. */
record KeyResultForm(@NotNull Long programme, Long project, @Size(max = 300) String theme,
		@NotBlank @Size(max = 1000) String statement, @PositiveOrZero BigDecimal achievedValue,
		@PositiveOrZero BigDecimal expectedValue, @Size(max = 120) String unit, Integer version) {

	static KeyResultForm from(KeyResult r) {
		return new KeyResultForm(r.getProgramme().getId(), (r.getProject() != null) ? r.getProject().getId() : null,
				r.getTheme(), r.getStatement(), r.getAchievedValue(), r.getExpectedValue(), r.getUnit(),
				r.getVersion());
	}

}
