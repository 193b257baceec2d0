package bi.ppsm.site.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.AdminForms;
import bi.ppsm.site.admin.VersionedForm;

/** A branch of the PPSM as staff edit it; province and commune are zones of the 2025 map. */
record BranchForm(@NotBlank @Size(max = 200) String name, Long province, Long commune,
		@Size(max = 300) String address, @Size(max = 40) @Pattern(regexp = AdminForms.PHONE) String phone,
		@Size(max = 254) @Email String email, Integer version) implements VersionedForm, PlaceFields {

	static BranchForm from(Branch b) {
		return new BranchForm(b.getName(), (b.getProvince() != null) ? b.getProvince().getId() : null,
				(b.getCommune() != null) ? b.getCommune().getId() : null, b.getAddress(), b.getPhone(), b.getEmail(),
				b.getVersion());
	}

}
