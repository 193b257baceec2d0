package bi.ppsm.site.security;

import java.net.http.HttpResponse;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;

import bi.ppsm.site.HttpVisitor;
import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of every suite of this package: one application context, served on a real port and
 * through MockMvc; the seed fixtures (one account per role, messages, a note; deleted
 * afterwards, with the sign-in throttle of the accounts); submissions in flushed, rolled-back
 * transactions; visitors of the real server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SecuritySuite {

	@LocalServerPort
	int port;

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

	@Autowired
	LoginThrottle throttle;

	Fixtures fixtures;

	Submissions submissions;

	@BeforeAll
	void fixtures() {
		this.fixtures = new Fixtures(this.jdbc, this.encoder);
		this.submissions = new Submissions(this.mvc, this.fixtures, this.transactions, this.entityManager);
	}

	@AfterAll
	void cleanUp() {
		for (StaffRole role : StaffRole.values()) {
			this.throttle.reset(this.fixtures.login(role), "127.0.0.1");
		}
		this.fixtures.close();
	}

	/** A new visitor of the real server, without cookies. */
	HttpVisitor visitor() {
		return new HttpVisitor(this.port);
	}

	/** A visitor signed in through the real sign-in form with the account of a role. */
	HttpVisitor signedIn(StaffRole role) {
		HttpVisitor visitor = visitor();
		HttpResponse<String> signIn = visitor.signIn(this.fixtures.login(role), Fixtures.PASSWORD);
		assertThat(signIn.headers().firstValue("Location")).as("sign-in of %s", role)
			.hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
		return visitor;
	}

}
