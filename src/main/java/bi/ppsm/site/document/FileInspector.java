package bi.ppsm.site.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells what a file is from its content, never from its name or the type the browser sent: a
 * PDF that PDFBox can open, or a DOCX, XLSX or ODT (ZIP archives with the entries of their
 * kind). Anything else is refused. ZIP archives are read with bounds (entries, bytes) so that
 * a decompression bomb costs little.
 */
final class FileInspector {

	private static final Logger logger = LoggerFactory.getLogger(FileInspector.class);

	static final int THUMBNAIL_WIDTH = 240;

	private static final int THUMBNAIL_MAX_HEIGHT = 480;

	static final int MAX_ZIP_ENTRIES = 5000;

	static final long MAX_ZIP_BYTES = 200L * 1024 * 1024;

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final String ODT_MIMETYPE = FileType.ODT.contentType();

	private FileInspector() {
	}

	/** The file's type and, for a PDF, a thumbnail of its first page when it can be drawn. */
	static Inspection inspect(byte[] bytes) throws UploadRefused {
		if (bytes.length == 0) {
			throw new UploadRefused("empty");
		}
		if (startsWith(bytes, PDF)) {
			return new Inspection(FileType.PDF, pdfThumbnail(bytes));
		}
		if (startsWith(bytes, ZIP)) {
			return new Inspection(officeType(bytes), null);
		}
		throw new UploadRefused("type");
	}

	record Inspection(FileType type, StoredFile.Thumbnail thumbnail) {
	}

	private static StoredFile.Thumbnail pdfThumbnail(byte[] bytes) throws UploadRefused {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			if (pdf.getNumberOfPages() < 1) {
				throw new UploadRefused("pdf");
			}
			return thumbnail(pdf);
		}
		catch (InvalidPasswordException ex) {
			throw new UploadRefused("pdfPassword");
		}
		catch (IOException | RuntimeException ex) {
			throw new UploadRefused("pdf");
		}
	}

	/** The first page, {@value #THUMBNAIL_WIDTH} pixels wide, as a JPEG; null when it cannot be drawn. */
	private static StoredFile.Thumbnail thumbnail(PDDocument pdf) {
		try {
			PDPage page = pdf.getPage(0);
			PDRectangle box = page.getCropBox();
			boolean turned = page.getRotation() % 180 != 0;
			float width = turned ? box.getHeight() : box.getWidth();
			float height = turned ? box.getWidth() : box.getHeight();
			if (width < 1 || height < 1) {
				return null;
			}
			float scale = Math.min(THUMBNAIL_WIDTH / width, THUMBNAIL_MAX_HEIGHT / height);
			BufferedImage image = new PDFRenderer(pdf).renderImage(0, scale, ImageType.RGB);
			ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
			if (!ImageIO.write(image, "jpg", jpeg)) {
				return null;
			}
			return new StoredFile.Thumbnail(jpeg.toByteArray(), image.getWidth(), image.getHeight());
		}
		catch (IOException | RuntimeException ex) {
			logger.info("No thumbnail for an uploaded PDF: {}", ex.toString());
			return null;
		}
	}

	/**
	 * DOCX and XLSX: a [Content_Types].xml entry and word/document.xml or xl/workbook.xml. ODT:
	 * a first entry "mimetype" that holds the ODT type. Reading stops as soon as the kind is
	 * known, and after {@value #MAX_ZIP_ENTRIES} entries or {@value #MAX_ZIP_BYTES} bytes.
	 */
	static FileType officeType(byte[] bytes) throws UploadRefused {
		boolean contentTypes = false;
		boolean word = false;
		boolean workbook = false;
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[8192];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries++;
				if (entries > MAX_ZIP_ENTRIES) {
					throw new UploadRefused("office");
				}
				String name = entry.getName();
				if (entries == 1 && "mimetype".equals(name)) {
					String mimetype = new String(readAtMost(zip, 200), StandardCharsets.US_ASCII).strip();
					if (ODT_MIMETYPE.equals(mimetype)) {
						return FileType.ODT;
					}
					throw new UploadRefused("type");
				}
				contentTypes |= "[Content_Types].xml".equals(name);
				word |= "word/document.xml".equals(name);
				workbook |= "xl/workbook.xml".equals(name);
				if (contentTypes && (word != workbook)) {
					return word ? FileType.DOCX : FileType.XLSX;
				}
				int read;
				while ((read = zip.read(buffer)) > 0) {
					total += read;
					if (total > MAX_ZIP_BYTES) {
						throw new UploadRefused("office");
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UploadRefused("office");
		}
		// a ZIP archive, but no office document of a kind we take
		throw new UploadRefused("office");
	}

	private static byte[] readAtMost(InputStream in, int max) throws IOException {
		return in.readNBytes(max);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
