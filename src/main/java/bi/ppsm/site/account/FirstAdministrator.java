package bi.ppsm.site.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import bi.ppsm.site.system.PpsmProperties;

/**
 * At the first start (no account yet), creates the administrator named by
 * {@code PPSM_ADMIN_EMAIL}, with {@code PPSM_ADMIN_PASSWORD}. Without a password a random one
 * is generated and printed once in the log, and must be replaced at the first sign-in.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final String email;

	private final String password;

	FirstAdministrator(StaffAccountRepository accounts, PasswordEncoder encoder, PpsmProperties properties) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.email = properties.admin().email();
		this.password = properties.admin().password();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		if (this.email.isBlank()) {
			log.warn("Aucun compte du back-office : définissez PPSM_ADMIN_EMAIL pour créer le premier administrateur.");
			return;
		}
		// bcrypt hashes at most 72 bytes: a longer PPSM_ADMIN_PASSWORD is replaced by a printed one
		boolean tooLong = this.password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
		if (tooLong) {
			log.warn("PPSM_ADMIN_PASSWORD dépasse {} octets : un mot de passe provisoire est créé à la place.",
					PasswordPolicy.MAX_BYTES);
		}
		boolean generated = this.password.isBlank() || tooLong;
		String chosen = generated ? randomPassword() : this.password;
		boolean weak = !generated && PasswordPolicy.problem(chosen, this.email).isPresent();
		StaffAccount admin = new StaffAccount(this.email, "Administrateur", StaffRole.ADMINISTRATOR,
				this.encoder.encode(chosen));
		admin.changePassword(admin.getPasswordHash(), generated || weak);
		this.accounts.save(admin);
		if (generated) {
			log.warn("Premier administrateur {} créé. Mot de passe provisoire (affiché une seule fois, "
					+ "à changer à la première connexion) : {}", admin.getEmail(), chosen);
		}
		else {
			log.info("Premier administrateur {} créé avec PPSM_ADMIN_PASSWORD{}.", admin.getEmail(),
					weak ? " (trop faible : à changer à la première connexion)" : "");
		}
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
