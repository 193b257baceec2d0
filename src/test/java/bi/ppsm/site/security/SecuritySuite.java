package bi.ppsm.site.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffRole;

/**
 * What every suite of this package shares: the seed fixtures (one account per role, messages, a
 * note), made once per class and deleted afterwards with the sign-in throttle of the accounts.
 * Suites extend {@link RealServerSuite} or {@link MockMvcSuite}, never both in one context:
 * spring-security-test's {@code csrf()} swaps the CSRF token repository of the application's
 * filter chain for a session one, which the real server would then use too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SecuritySuite {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	Fixtures fixtures;

	@BeforeAll
	void fixtures() {
		this.fixtures = new Fixtures(this.jdbc, this.encoder);
	}

	@AfterAll
	void cleanUp() {
		for (StaffRole role : StaffRole.values()) {
			this.throttle.reset(this.fixtures.login(role), "127.0.0.1");
		}
		this.fixtures.close();
	}

}
