package bi.ppsm.site.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import bi.ppsm.site.admin.VersionedForm;

record ServiceForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 1000) String description,
		Integer version) implements VersionedForm {

	static ServiceForm from(ServiceItem service) {
		return new ServiceForm(service.getTitle(), service.getDescription(), service.getVersion());
	}

}
