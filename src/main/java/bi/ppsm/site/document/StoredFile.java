package bi.ppsm.site.document;

/**
 * A file that passed the upload checks: its bytes, its type as found in its content, its
 * cleaned name with the matching extension, its SHA-256 and, for a PDF, maybe a thumbnail.
 */
record StoredFile(byte[] bytes, FileType type, String fileName, String sha256, Thumbnail thumbnail) {

	long size() {
		return this.bytes.length;
	}

	/** A JPEG of a PDF's first page. */
	record Thumbnail(byte[] jpeg, int width, int height) {
	}

}
