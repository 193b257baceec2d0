package bi.ppsm.site.figure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.VersionedForm;

/** A figure of the home page: "+" "20 000" "cas traités", as of a date. */
record HeadlineFigureForm(@NotNull @PositiveOrZero Integer value, @Size(max = 5) String prefix,
		@NotBlank @Size(max = 120) String label, LocalDate asOf, Integer version) implements VersionedForm {

	static HeadlineFigureForm from(HeadlineFigure figure) {
		return new HeadlineFigureForm(figure.getValue(), figure.getPrefix(), figure.getLabel(), figure.getAsOf(),
				figure.getVersion());
	}

	HeadlineFigure toFigure() {
		HeadlineFigure figure = new HeadlineFigure(this.value, this.prefix, this.label);
		figure.setAsOf(this.asOf);
		return figure;
	}

}
