package bi.ppsm.site.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a service point offers, in line with the IASC intervention pyramid for mental health and
 * psychosocial support in emergencies (community activities at its base, specialised care at
 * its top). Labels: {@code directory.service.<CODE>} in the bundles.
 */
public enum ServiceKind {

	PSYCHOLOGICAL_FIRST_AID, PSYCHOSOCIAL_SUPPORT, SPECIALISED_CARE, CHILD_PROTECTION, SURVIVOR_SUPPORT,
	COMMUNITY_ACTIVITIES, REFERRAL;

	/** The value in the search URL: "psychosocial-support". */
	public String parameter() {
		return name().toLowerCase().replace('_', '-');
	}

	/** The kind a search URL names, if any. */
	static Optional<ServiceKind> fromParameter(String parameter) {
		return Arrays.stream(values()).filter(k -> k.parameter().equals(parameter)).findFirst();
	}

}
