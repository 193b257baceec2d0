package bi.ppsm.site.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of staff who signs in to the back office with an e-mail address and a password. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StaffRole role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** The member organisation of a {@link StaffRole#MEMBER_CONTRIBUTOR}; null for every other role. */
	@Column(name = "organisation_id")
	private Long organisationId;

	@Version
	private int version;

	protected StaffAccount() {
	}

	public StaffAccount(String email, String displayName, StaffRole role, String passwordHash) {
		this.email = normalise(email);
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
	}

	/** Logins are compared in lower case, without surrounding spaces. */
	public static String normalise(String email) {
		return (email == null) ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	@PrePersist
	void created() {
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void updated() {
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public StaffRole getRole() {
		return this.role;
	}

	public void setRole(StaffRole role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	/** A new password hash; {@code temporary} when the staff member must replace it at next sign-in. */
	public void changePassword(String passwordHash, boolean temporary) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = temporary;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public int getVersion() {
		return this.version;
	}

}
