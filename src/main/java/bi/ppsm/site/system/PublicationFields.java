package bi.ppsm.site.system;

import java.time.Instant;

import org.springframework.validation.Errors;

/**
 * The publication fields of a form whose record has a published flag and optional dates (a
 * programme, a project): the choice, "public from" and "hidden after", typed in Bujumbura time.
 * The form's fields are named {@code publication}, {@code publishFrom} and {@code publishUntil}.
 */
public interface PublicationFields {

	Publication publication();

	String publishFrom();

	String publishUntil();

	/** Readable dates, a date when published at a date, and the end after the start (or after now). */
	default void checkPublication(Instant now, Errors errors) {
		PublicationDates.check(publication(), publishFrom(), publishUntil(), now, errors, "publishFrom",
				"publishUntil");
	}

	/** Whether the record is published (at once or from its date). */
	default boolean publishedChoice() {
		return publication() != null && publication() != Publication.DRAFT;
	}

	/** The start to store: the typed date when published at a date, none otherwise (no limit). */
	default Instant publishFromInstant() {
		return (publication() == Publication.AT_DATE) ? PublicationTime.parse(publishFrom()) : null;
	}

	/** The end to store, none when left empty. */
	default Instant publishUntilInstant() {
		return PublicationTime.parse(publishUntil());
	}

}
