package bi.ppsm.site.contact;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The e-mail address of a person who asks for their data; {@code confirm} is the explicit
 * confirmation an erasure needs (checked in the {@link Erasure} group only: search and export
 * ignore it).
 */
record PersonForm(@NotBlank @Size(max = 254) String email,
		@NotNull(groups = Erasure.class, message = "{admin.person.confirmRequired}")
		@AssertTrue(groups = Erasure.class, message = "{admin.person.confirmRequired}") Boolean confirm) {

	/** The erasure's extra rule: the box must be ticked. */
	interface Erasure {

	}

}
