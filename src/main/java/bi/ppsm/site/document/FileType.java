package bi.ppsm.site.document;

/** The kinds of file accepted, as found in the file's content (see {@link FileInspector}). */
public enum FileType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	ODT("application/vnd.oasis.opendocument.text", "odt");

	private final String contentType;

	private final String extension;

	FileType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

}
