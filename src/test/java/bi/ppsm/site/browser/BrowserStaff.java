package bi.ppsm.site.browser;

import org.springframework.security.crypto.password.PasswordEncoder;

import bi.ppsm.site.account.LoginThrottle;
import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;

/** A staff account of its own for each browser test, free of the sign-in failures other tests cause. */
final class BrowserStaff {

	static final String PASSWORD = "Un-mot-de-passe-solide-2026";

	private BrowserStaff() {
	}

	static StaffAccount create(StaffAccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle,
			String prefix, String name, StaffRole role) {
		StaffAccount account = accounts.save(new StaffAccount(prefix + System.nanoTime() + "@test.bi", name, role,
				encoder.encode(PASSWORD)));
		// other tests fail sign-ins on purpose from this machine's address
		for (String address : new String[] { "127.0.0.1", "0:0:0:0:0:0:0:1" }) {
			throttle.reset(account.getEmail(), address);
		}
		return account;
	}

}
