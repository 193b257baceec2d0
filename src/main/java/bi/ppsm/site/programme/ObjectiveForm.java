package bi.ppsm.site.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An objective's text; a new one may go under a general objective ({@code parent}). */
record ObjectiveForm(@NotBlank @Size(max = 600) String text, Long parent) {
}
