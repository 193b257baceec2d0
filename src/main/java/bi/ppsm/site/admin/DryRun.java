package bi.ppsm.site.admin;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a transaction that is always rolled back, never committed: the preview of an
 * unsaved form applies the form to the record as a save would, reads the page from it, and
 * leaves the database, the audit log and the page cache as they were.
 */
@Component
public class DryRun {

	private final TransactionTemplate transaction;

	DryRun(PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
	}

	public <T> T run(Supplier<T> work) {
		return this.transaction.execute(status -> {
			status.setRollbackOnly();
			return work.get();
		});
	}

}
