package bi.ppsm.site.system;

import java.time.Instant;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * The publication fields of a form (a {@link Publication} choice, a start and an optional end,
 * typed in Bujumbura time), checked the same way for every kind of content: a readable start
 * when the record is published at a date, a readable end, and the end after the start. Errors
 * are French field errors (the codes {@code admin.validation.publication...}); nothing typed is lost.
 */
public final class PublicationDates {

	private PublicationDates() {
	}

	/**
	 * Checks the fields named {@code startField} and {@code endField}. {@code startIfNow} is when
	 * "publish now" would start (now, or the record's own date when it is already public).
	 */
	public static void check(Publication publication, String start, String end, Instant startIfNow, Errors errors,
			String startField, String endField) {
		Instant from = null;
		if (publication == Publication.AT_DATE) {
			if (start == null) {
				reject(errors, startField, "publicationStartMissing");
			}
			else {
				from = parse(start, startField, errors);
			}
		}
		else if (publication == Publication.NOW) {
			from = startIfNow;
		}
		Instant until = (end != null) ? parse(end, endField, errors) : null;
		if (from != null && until != null && !until.isAfter(from)) {
			reject(errors, endField, "publicationEndBeforeStart");
		}
	}

	private static Instant parse(String value, String field, Errors errors) {
		Instant instant = PublicationTime.parse(value);
		if (instant == null) {
			reject(errors, field, "publicationDateTime");
		}
		return instant;
	}

	/** A field error; a form error when the form could not even be built (other fields not converted). */
	private static void reject(Errors errors, String field, String code) {
		if (errors instanceof BindingResult result && result.getTarget() == null) {
			errors.reject(code);
		}
		else {
			errors.rejectValue(field, code);
		}
	}

}
