package bi.ppsm.site.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An organisation and the role it plays on a programme or a project. */
@Embeddable
public class Involvement {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id", nullable = false)
	private Organisation organisation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	protected Involvement() {
	}

	public Involvement(Organisation organisation, Role role) {
		this.organisation = organisation;
		this.role = role;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isFunder() {
		return this.role == Role.FUNDER;
	}

}
