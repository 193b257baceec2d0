package bi.ppsm.site.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.VersionedForm;

/**
 * A service point as staff edit it. Province and commune must agree; coordinates are optional.
 * A member contributor fills in the same form, without choosing the organisation nor publishing.
 */
public record ServicePointForm(@NotNull Long organisation, @NotBlank @Size(max = 200) String name,
		@Size(max = 2000) String description, @NotEmpty List<ServiceKind> services, List<Audience> audiences,
		List<SpokenLanguage> languages, @NotNull Long province, Long commune, @NotBlank @Size(max = 300) String address,
		@Digits(integer = 2, fraction = 6) BigDecimal latitude, @Digits(integer = 2, fraction = 6) BigDecimal longitude,
		@Size(max = 40) @Pattern(regexp = AdminForms.PHONE) String phone, @Size(max = 254) @Email String email,
		@Size(max = 300) String openingHours, List<OpenDay> openDays, @DateTimeFormat(pattern = "HH:mm") LocalTime opensAt,
		@DateTimeFormat(pattern = "HH:mm") LocalTime closesAt, Boolean free, Boolean referralNeeded, Boolean published,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate verifiedOn, Integer version)
		implements VersionedForm, PlaceFields {

	/** Burundi's bounding box, a little wider than its borders. */
	static final BigDecimal SOUTH = new BigDecimal("-4.5");

	static final BigDecimal NORTH = new BigDecimal("-2.3");

	static final BigDecimal WEST = new BigDecimal("28.9");

	static final BigDecimal EAST = new BigDecimal("30.9");

	static ServicePointForm empty(LocalDate today) {
		return new ServicePointForm(null, null, null, List.of(), List.of(), List.of(SpokenLanguage.KIRUNDI), null, null,
				null, null, null, null, null, null, List.of(), null, null, Boolean.TRUE, Boolean.FALSE, Boolean.FALSE, today,
				0);
	}

	static ServicePointForm from(ServicePoint p) {
		return new ServicePointForm(p.getOrganisation().getId(), p.getName(), p.getDescription(), p.getServiceKinds(),
				p.getAudienceList(), p.getLanguageList(), p.getProvince().getId(),
				(p.getCommune() != null) ? p.getCommune().getId() : null, p.getAddress(), p.getLatitude(),
				p.getLongitude(), p.getPhone(), p.getEmail(), p.getOpeningHours(), p.getOpenDayList(), p.getOpensAt(),
				p.getClosesAt(), p.isFree(), p.isReferralNeeded(), p.isPublished(), p.getVerifiedOn(), p.getVersion());
	}

	/**
	 * The form as a member contributor may send it: their organisation, and the publication the
	 * record has (a new point: a draft), whatever was posted.
	 */
	public ServicePointForm ofContributor(long organisationId, boolean publishedNow) {
		return new ServicePointForm(organisationId, this.name, this.description, this.services, this.audiences,
				this.languages, this.province, this.commune, this.address, this.latitude, this.longitude, this.phone,
				this.email, this.openingHours, this.openDays, this.opensAt, this.closesAt, this.free, this.referralNeeded,
				publishedNow, this.verifiedOn, this.version);
	}

	/** The same form with another publication and version: an approval applies a proposal as of its base version. */
	public ServicePointForm approved(boolean publish, Integer baseVersion) {
		return new ServicePointForm(this.organisation, this.name, this.description, this.services, this.audiences,
				this.languages, this.province, this.commune, this.address, this.latitude, this.longitude, this.phone,
				this.email, this.openingHours, this.openDays, this.opensAt, this.closesAt, this.free, this.referralNeeded,
				publish, this.verifiedOn, baseVersion);
	}

	static boolean within(BigDecimal value, BigDecimal low, BigDecimal high) {
		return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
	}

}
