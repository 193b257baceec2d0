package bi.ppsm.site.system;

import java.time.Instant;

/**
 * Content that goes public or comes off at dates of its own (news items, programmes,
 * projects): the {@link VisibilityWatch} asks each whether such a date fell in a time span.
 */
public interface ScheduledVisibility {

	/** Whether a record went public or came off after {@code since}, up to {@code now} included. */
	boolean anyChangeOfVisibility(Instant since, Instant now);

}
