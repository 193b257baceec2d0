package bi.ppsm.site.organisation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

/** What an organisation funds or partners, on the seed of the real PostgreSQL: the guard of its delete page. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class OrganisationRepositoryTests {

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	TestEntityManager entityManager;

	@Test
	void namesUsingListTheProgrammesThenTheProjectsByName() {
		Organisation giz = this.organisations.findBySlug("giz-cohesion-sociale").orElseThrow();
		assertThat(this.organisations.namesUsing(giz.getId())).containsExactly("Genre et développement",
				"Rapatriement", "Développement organisationnel PPSM", "Projet Isange",
				"Twese Biraturaba : bien-être psychosocial pour une paix durable");
	}

	@Test
	void namesUsingNamesAProgrammeOnceWhateverTheNumberOfRoles() {
		Organisation giz = this.organisations.findBySlug("giz-cohesion-sociale").orElseThrow();
		this.entityManager.getEntityManager()
			.createNativeQuery("""
					insert into programme_organisation (programme_id, organisation_id, role, position)
					select id, :organisation, 'PARTNER', 9 from programme where slug = 'genre-et-developpement'""")
			.setParameter("organisation", giz.getId())
			.executeUpdate();
		assertThat(this.organisations.namesUsing(giz.getId())).containsExactly("Genre et développement",
				"Rapatriement", "Développement organisationnel PPSM", "Projet Isange",
				"Twese Biraturaba : bien-être psychosocial pour une paix durable");
	}

	@Test
	void namesUsingIsEmptyForAnOrganisationNothingNames() {
		Organisation other = this.organisations.save(new Organisation("autre", null, "Autre organisation"));
		assertThat(this.organisations.namesUsing(other.getId())).isEmpty();
	}

}
