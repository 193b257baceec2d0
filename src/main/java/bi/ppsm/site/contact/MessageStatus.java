package bi.ppsm.site.contact;

public enum MessageStatus {

	NEW, IN_PROGRESS, ANSWERED, ARCHIVED, SPAM

}
