package bi.ppsm.site.contact;

/** What a visitor writes about; labels in the bundles under contact.subject.*. */
public enum Subject {

	INFORMATION, PARTNERSHIP, MEMBERSHIP, SUPPORT, PRESS, OTHER;

	/** A request for psychosocial support comes first in the inbox. */
	boolean isPriority() {
		return this == SUPPORT;
	}

}
