package bi.ppsm.site.media;

/** The three kinds of file the library takes, told apart by their first bytes, never by name. */
enum ImageFormat {

	JPEG("jpeg"), PNG("png"), WEBP("webp");

	private final String imageIoName;

	ImageFormat(String imageIoName) {
		this.imageIoName = imageIoName;
	}

	String imageIoName() {
		return this.imageIoName;
	}

	/** The format its magic bytes announce, or null. */
	static ImageFormat detect(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return JPEG;
		}
		if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
				&& bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
			return PNG;
		}
		if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
				&& bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
			return WEBP;
		}
		return null;
	}

}
