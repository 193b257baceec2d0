package bi.ppsm.site.security;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The base of the suites that submit requests through MockMvc, as any role, in flushed and
 * rolled-back transactions ({@link Submissions}).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class MockMvcSuite extends SecuritySuite {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	Submissions submissions;

	@BeforeAll
	void submissions() {
		this.submissions = new Submissions(this.mvc, this.fixtures, this.transactions, this.entityManager);
	}

}
