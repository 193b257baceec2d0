package bi.ppsm.site.document;

/** The language a document is written in. */
public enum DocumentLanguage {

	FR, EN, RN, OTHER

}
