package bi.ppsm.site.security;

import java.net.http.HttpResponse;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import bi.ppsm.site.HttpVisitor;
import bi.ppsm.site.account.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/** The base of the suites that go through the real server over HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class RealServerSuite extends SecuritySuite {

	@LocalServerPort
	int port;

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
