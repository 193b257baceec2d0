package bi.ppsm.site.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An internal note of staff about a message. */
record NoteForm(@NotBlank @Size(max = 5000) String note) {

}
