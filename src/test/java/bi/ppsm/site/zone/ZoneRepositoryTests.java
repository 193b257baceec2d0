package bi.ppsm.site.zone;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

import static org.assertj.core.api.Assertions.assertThat;

/** What uses a zone, on the seed of the real PostgreSQL: the guard of its delete page. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class ZoneRepositoryTests {

	@Autowired
	ZoneRepository zones;

	@Test
	void namesUsingListTheProgrammesThenTheProjectsByName() {
		Zone makamba = this.zones.findBySlug("makamba").orElseThrow();
		assertThat(this.zones.namesUsing(makamba.getId())).containsExactly("Genre et développement",
				"Protection de l'enfance", "Rapatriement", "Renforcement des capacités",
				"Développement organisationnel PPSM", "Projet Isange",
				"Twese Biraturaba : bien-être psychosocial pour une paix durable");
	}

	@Test
	void namesUsingIsEmptyForAZoneNothingNames() {
		Zone zone = this.zones.save(new Zone("nulle-part", "Nulle part", ZoneKind.REGIONAL));
		assertThat(this.zones.namesUsing(zone.getId())).isEmpty();
	}

}
