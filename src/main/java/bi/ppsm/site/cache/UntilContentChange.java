package bi.ppsm.site.cache;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One value kept until the next content change ({@link PageCache#contentVersion()}): exactly as
 * long as the page cache keeps its pages, and not at all while changes cannot be heard (or
 * where there is no page cache, as in web slice tests). The version is read before the value
 * is built, so a change during the build makes that value stale at once.
 * @param <T> the value
 */
public final class UntilContentChange<T> {

	// absent in web slice tests: then nothing is kept
	private final ObjectProvider<PageCache> changes;

	private volatile Kept<T> kept;

	public UntilContentChange(ObjectProvider<PageCache> changes) {
		this.changes = changes;
	}

	/** The kept value when no content changed since it was built, else a new one from {@code build} (null allowed). */
	public T get(Supplier<T> build) {
		long version = version();
		Kept<T> current = this.kept;
		if (version >= 0 && current != null && current.version() == version) {
			return current.value();
		}
		T value = build.get();
		keep(version, value);
		return value;
	}

	/**
	 * For a value that is costly to build (an export file, a summary of every project): the kept
	 * value when no content changed since it was built and {@code stillGood} accepts it, else a
	 * new one built by one caller at a time (the others wait for it and get it), kept when
	 * {@code worthKeeping} accepts it. A caller inside a transaction of its own (tests rolled
	 * back) may see uncommitted data: it builds its own value and neither reads nor fills the kept one.
	 */
	public <E extends Exception> T getOneAtATime(Predicate<T> stillGood, Build<T, E> build, Predicate<T> worthKeeping)
			throws E {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return build.get();
		}
		synchronized (this) {
			long version = version();
			Optional<T> current = keptAt(version).filter(stillGood);
			if (current.isPresent()) {
				return current.get();
			}
			forget();
			T value = build.get();
			if (worthKeeping.test(value)) {
				keep(version, value);
			}
			return value;
		}
	}

	/** Builds a value, perhaps failing with {@code E}. */
	@FunctionalInterface
	public interface Build<T, E extends Exception> {

		T get() throws E;

	}

	/** The content's version now, negative while changes cannot be heard: read it before building a value. */
	public long version() {
		PageCache cache = this.changes.getIfAvailable();
		return (cache != null) ? cache.contentVersion() : -1;
	}

	/** The value kept at {@code version}, if any (a null value is never returned here). */
	public Optional<T> keptAt(long version) {
		Kept<T> current = this.kept;
		return (version >= 0 && current != null && current.version() == version) ? Optional.ofNullable(current.value())
				: Optional.empty();
	}

	/** Keeps {@code value}, built from the content at {@code version} (nothing when that is negative). */
	public void keep(long version, T value) {
		this.kept = (version >= 0) ? new Kept<>(version, value) : null;
	}

	/** Keeps nothing until the next {@link #keep}. */
	public void forget() {
		this.kept = null;
	}

	private record Kept<T>(long version, T value) {
	}

}
