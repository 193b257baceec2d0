package bi.ppsm.site.admin;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** A transaction manager for slice tests that counts commits and rollbacks and touches nothing. */
public class RecordingTransactionManager extends AbstractPlatformTransactionManager {

	private int commits;

	private int rollbacks;

	public int commits() {
		return this.commits;
	}

	public int rollbacks() {
		return this.rollbacks;
	}

	@Override
	protected Object doGetTransaction() {
		return new Object();
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
	}

	@Override
	protected void doCommit(DefaultTransactionStatus status) {
		this.commits++;
	}

	@Override
	protected void doRollback(DefaultTransactionStatus status) {
		this.rollbacks++;
	}

}
