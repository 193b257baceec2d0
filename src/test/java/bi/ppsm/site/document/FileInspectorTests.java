package bi.ppsm.site.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What a file is, told from real files made here, whatever their names say. */
class FileInspectorTests {

	@Test
	void aRealPdfIsAPdfWithAThumbnailOfItsFirstPage() throws Exception {
		FileInspector.Inspection inspection = FileInspector.inspect(TestFiles.pdf("Rapport annuel 2025"));
		assertThat(inspection.type()).isEqualTo(FileType.PDF);
		assertThat(inspection.thumbnail()).isNotNull();
		assertThat(inspection.thumbnail().width()).isEqualTo(FileInspector.THUMBNAIL_WIDTH);
		// A4 is 595 x 842 points
		assertThat(inspection.thumbnail().height()).isBetween(335, 342);
		var image = ImageIO.read(new ByteArrayInputStream(inspection.thumbnail().jpeg()));
		assertThat(image.getWidth()).isEqualTo(inspection.thumbnail().width());
		// the black rectangle drawn on the page is in the thumbnail
		assertThat(image.getRGB(100, 130) & 0xFFFFFF).isLessThan(0x404040);
	}

	@Test
	void officeDocumentsAreKnownByTheirEntries() throws Exception {
		assertThat(FileInspector.inspect(TestFiles.docx()).type()).isEqualTo(FileType.DOCX);
		assertThat(FileInspector.inspect(TestFiles.xlsx()).type()).isEqualTo(FileType.XLSX);
		assertThat(FileInspector.inspect(TestFiles.odt()).type()).isEqualTo(FileType.ODT);
		assertThat(FileInspector.inspect(TestFiles.docx()).thumbnail()).isNull();
	}

	@Test
	void hostileFilesAreRefusedWithTheirReason() {
		assertRefused(new byte[0], "empty");
		assertRefused(TestFiles.html(), "type");
		assertRefused(TestFiles.exe(), "type");
		assertRefused(TestFiles.plainZip(), "office");
		assertRefused(TestFiles.truncatedPdf(), "pdf");
		assertRefused("%PDF-1.7\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII), "pdf");
		assertRefused(TestFiles.lockedPdf(), "pdfPassword");
		// an ODT "mimetype" entry that names another type
		assertRefused(TestFiles.zip(TestFiles.stored("mimetype", "text/html"), TestFiles.entry("content.xml", "x")),
				"type");
		// a DOCX cut in the middle of its entries
		byte[] docx = TestFiles.docx();
		assertRefused(java.util.Arrays.copyOf(docx, 40), "office");
	}

	@Test
	void aZipOfManyEntriesIsReadOnlyUpToTheCap() {
		List<TestFiles.Entry> entries = new ArrayList<>();
		for (int i = 0; i <= FileInspector.MAX_ZIP_ENTRIES; i++) {
			entries.add(TestFiles.entry("f" + i, ""));
		}
		assertRefused(TestFiles.zip(entries.toArray(TestFiles.Entry[]::new)), "office");
	}

	@Test
	void aZipBombIsNotInflatedBeyondTheCap() throws IOException {
		// 300 MB of zeros compress to about 300 KB
		byte[] zeros = new byte[1024 * 1024];
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("bomb.bin"));
			for (int i = 0; i < 300; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			zip.closeEntry();
		}
		assertThat(out.size()).isLessThan(2 * 1024 * 1024);
		assertRefused(out.toByteArray(), "office");
	}

	@Test
	void fileNamesLoseTheirFoldersQuotesAndAccentsAndTakeTheFoundExtension() {
		assertThat(FileNames.clean("../../etc/passwd\"; x.pdf", FileType.PDF)).isEqualTo("passwd-x.pdf");
		assertThat(FileNames.clean("C:\\Users\\ppsm\\Évaluation finale (v2).docx", FileType.DOCX))
			.isEqualTo("evaluation-finale-v2.docx");
		assertThat(FileNames.clean("rapport.exe", FileType.PDF)).isEqualTo("rapport.pdf");
		assertThat(FileNames.clean("«»…", FileType.ODT)).isEqualTo("document.odt");
		assertThat(FileNames.clean(null, FileType.XLSX)).isEqualTo("document.xlsx");
		assertThat(FileNames.clean("a".repeat(500) + ".pdf", FileType.PDF)).hasSize(104);
		assertThat(FileNames.attachment("rapport-2025.pdf"))
			.isEqualTo("attachment; filename=\"rapport-2025.pdf\"; filename*=UTF-8''rapport-2025.pdf");
	}

	private static void assertRefused(byte[] bytes, String code) {
		assertThatExceptionOfType(UploadRefused.class).isThrownBy(() -> FileInspector.inspect(bytes))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo(code));
	}

}
