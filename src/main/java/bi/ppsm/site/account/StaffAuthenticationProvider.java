package bi.ppsm.site.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs staff in against their accounts, behind the {@link LoginThrottle}. Every refusal
 * (unknown login, wrong password, disabled account, too many attempts) is the same
 * {@link BadCredentialsException}: the login page says nothing about which accounts exist.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

	/** Held by an account that must replace its password before doing anything else. */
	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	StaffAuthenticationProvider(StaffAccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle,
			SecondFactors secondFactors) {
		this.delegate = new DaoAuthenticationProvider(login -> accounts.findByLogin(login)
			.map(account -> user(account, SecondFactorGate.stepAfterPassword(account, secondFactors)))
			.orElseThrow(() -> new UsernameNotFoundException("unknown")));
		this.delegate.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	/** Marks the sessions this sign-in issued, which {@link AccountStillValid} re-checks. */
	static final String SIGNED_IN = "STAFF_SIGNED_IN";

	/**
	 * The signed-in staff member; {@code secondStep}, when not null, is the authority that keeps
	 * them on the second-factor pages until they pass that step (see {@link SecondFactorGate}).
	 */
	static UserDetails user(StaffAccount account, String secondStep) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (secondStep != null) {
			authorities.add(new SimpleGrantedAuthority(secondStep));
		}
		authorities.add(new SimpleGrantedAuthority(account.getRole().authority()));
		authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
		if (account.isMustChangePassword()) {
			authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
		}
		return User.withUsername(account.getEmail())
			.password(account.getPasswordHash())
			.disabled(!account.isEnabled())
			.authorities(authorities)
			.build();
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String login = StaffAccount.normalise(authentication.getName());
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "inconnue";
		if (this.throttle.isBlocked(login, address)) {
			throw new BadCredentialsException("refused");
		}
		if (!plausible(login)) {
			// no account has such a login: counted as a failure, never looked up
			this.throttle.failed(login, address);
			throw new BadCredentialsException("refused");
		}
		try {
			Authentication result = this.delegate.authenticate(new UsernamePasswordAuthenticationToken(login,
					authentication.getCredentials()));
			this.throttle.succeeded(login);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(login, address);
			throw new BadCredentialsException("refused", ex);
		}
	}

	/** A login that could be an account's e-mail: not too long, no control character. */
	private static boolean plausible(String login) {
		return login != null && login.length() <= 254 && login.codePoints().noneMatch(Character::isISOControl);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
