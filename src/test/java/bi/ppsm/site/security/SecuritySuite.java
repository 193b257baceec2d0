package bi.ppsm.site.security;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the suites that submit admin requests share: the seed fixtures (one account per role,
 * messages, a note; deleted afterwards) and submissions in flushed, rolled-back transactions.
 * Subclasses run with one test instance per class.
 */
abstract class AdminSuiteSupport {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	Fixtures fixtures;

	Submissions submissions;

	@BeforeAll
	void fixtures() {
		this.fixtures = new Fixtures(this.jdbc, this.encoder);
		this.submissions = new Submissions(this.mvc, this.fixtures, this.transactions, this.entityManager);
	}

	@AfterAll
	void cleanUp() {
		this.fixtures.close();
	}

}
