package bi.ppsm.site.targetgroup;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

import static org.assertj.core.api.Assertions.assertThat;

/** What uses a target group, on the seed of the real PostgreSQL: the guard of its delete page. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class TargetGroupRepositoryTests {

	@Autowired
	TargetGroupRepository groups;

	@Test
	void namesUsingListTheProgrammesThenTheProjectsByName() {
		assertThat(this.groups.namesUsing(named("Organisations membres et partenaires de la PPSM").getId()))
			.containsExactly("Genre et développement", "Renforcement des capacités", "Développement organisationnel PPSM");
	}

	@Test
	void namesUsingIsEmptyForASiteWideGroup() {
		assertThat(this.groups.namesUsing(named("Les écoles").getId())).isEmpty();
	}

	private TargetGroup named(String name) {
		return this.groups.findAllByOrderByPosition()
			.stream()
			.filter(g -> g.getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
