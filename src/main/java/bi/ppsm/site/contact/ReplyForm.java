package bi.ppsm.site.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply written by staff; it becomes the body of an e-mail, never a header. */
record ReplyForm(@NotBlank @Size(max = 10000) String reply) {

}
