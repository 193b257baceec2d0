package bi.ppsm.site.programme;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.zone.ZoneKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed migration on the real PostgreSQL: every programme of the content file is there. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class ProgrammeRepositoryTests {

	@Autowired
	ProgrammeRepository programmes;

	@Test
	void seedHasTheSixProgrammesInOrder() {
		assertThat(this.programmes.findVisible(java.time.Instant.now())).extracting(Programme::getSlug)
			.containsExactly("renforcement-des-capacites", "rapatriement", "protection-de-l-enfance",
					"promotion-et-defense-des-droits", "genre-et-developpement", "education-information-communication");
	}

	@Test
	void programmePeriodKeepsThePrecisionOfTheSource() {
		Programme rapatriement = this.programmes.findBySlug("rapatriement").orElseThrow();
		assertThat(rapatriement.getPeriod().getStartPrecision()).isEqualTo(DatePrecision.MONTH);
		assertThat(rapatriement.getPeriod().getEnd()).hasYear(2025).hasMonthValue(3).hasDayOfMonth(30);
		Programme renforcement = this.programmes.findBySlug("renforcement-des-capacites").orElseThrow();
		assertThat(renforcement.getPeriod().getEnd()).isNull();
	}

	@Test
	void generalObjectiveCarriesItsSpecificOnes() {
		Programme droits = this.programmes.findBySlug("promotion-et-defense-des-droits").orElseThrow();
		assertThat(droits.getTopObjectives()).hasSize(1);
		assertThat(droits.getTopObjectives().get(0).getChildren()).hasSize(4)
			.extracting(Objective::getText)
			.contains("Professionnaliser le métier des psychologues");
	}

	@Test
	void programmesCarryFundersPartnersZonesAndTargets() {
		Programme eic = this.programmes.findBySlug("education-information-communication").orElseThrow();
		assertThat(eic.getFunders()).extracting(i -> i.getOrganisation().getSlug())
			.containsExactly("ppsm", "giz", "pplm", "cocafem");
		assertThat(eic.getPartners()).allMatch(i -> i.getRole() == Role.PARTNER).hasSize(2);
		assertThat(eic.getZones()).extracting(z -> z.getKind()).containsExactly(ZoneKind.ALL_PROVINCES);
		assertThat(eic.getTargetGroups()).hasSize(4);
		Programme protection = this.programmes.findBySlug("protection-de-l-enfance").orElseThrow();
		assertThat(protection.getZones()).hasSize(18).allMatch(z -> z.getKind() == ZoneKind.PROVINCE);
	}

}
