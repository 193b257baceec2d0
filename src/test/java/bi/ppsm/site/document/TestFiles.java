package bi.ppsm.site.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files made in the tests: a PDF written with PDFBox, office documents written as ZIP archives, hostile ones. */
public final class TestFiles {

	private TestFiles() {
	}

	/** A one-page A4 PDF with a title in Helvetica. */
	public static byte[] pdf(String text) {
		return pdf(text, null);
	}

	/** The same, protected by a password to open it. */
	static byte[] lockedPdf() {
		return pdf("Confidentiel", "secret");
	}

	private static byte[] pdf(String text, String userPassword) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 24);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
				content.addRect(72, 500, 300, 120);
				content.fill();
			}
			if (userPassword != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] docx() {
		return zip(entry("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
				entry("_rels/.rels", "<Relationships/>"),
				entry("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Rapport</w:t></w:r></w:p></w:body></w:document>"));
	}

	static byte[] xlsx() {
		return zip(entry("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
				entry("_rels/.rels", "<Relationships/>"),
				entry("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>"));
	}

	/** An ODT: its first entry, "mimetype", stored uncompressed as the format requires. */
	static byte[] odt() {
		return zip(stored("mimetype", "application/vnd.oasis.opendocument.text"),
				entry("META-INF/manifest.xml", "<manifest:manifest/>"), entry("content.xml", "<office:document-content/>"));
	}

	/** A ZIP archive of ordinary files, named .docx by its sender. */
	static byte[] plainZip() {
		return zip(entry("photo.txt", "bonjour"), entry("notes/liste.txt", "un, deux, trois"));
	}

	static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The start of a Windows program ("MZ", then the DOS stub). */
	static byte[] exe() {
		byte[] bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, bytes, 78, stub.length);
		return bytes;
	}

	/** The first third of a real PDF. */
	static byte[] truncatedPdf() {
		byte[] pdf = pdf("Coupé");
		return Arrays.copyOf(pdf, pdf.length / 3);
	}

	record Entry(String name, byte[] content, boolean stored) {
	}

	static Entry entry(String name, String content) {
		return new Entry(name, content.getBytes(StandardCharsets.UTF_8), false);
	}

	static Entry stored(String name, String content) {
		return new Entry(name, content.getBytes(StandardCharsets.US_ASCII), true);
	}

	static byte[] zip(Entry... entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Entry e : entries) {
				ZipEntry entry = new ZipEntry(e.name());
				if (e.stored()) {
					CRC32 crc = new CRC32();
					crc.update(e.content());
					entry.setMethod(ZipEntry.STORED);
					entry.setSize(e.content().length);
					entry.setCompressedSize(e.content().length);
					entry.setCrc(crc.getValue());
				}
				zip.putNextEntry(entry);
				zip.write(e.content());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
