package bi.ppsm.site.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTextTests {

	@Test
	void readsTheTextOfARealPdf() {
		assertThat(DocumentText.of(TestFiles.pdf("Rapport sur les rapatriés"), FileType.PDF))
			.isEqualTo("Rapport sur les rapatriés");
	}

	@Test
	void neverFailsAndReadsOnlyPdfs() {
		assertThat(DocumentText.of(TestFiles.truncatedPdf(), FileType.PDF)).isEmpty();
		assertThat(DocumentText.of(TestFiles.lockedPdf(), FileType.PDF)).isEmpty();
		assertThat(DocumentText.of(new byte[] { 1, 2, 3 }, FileType.PDF)).isEmpty();
		assertThat(DocumentText.of(TestFiles.docx(), FileType.DOCX)).isEmpty();
		assertThat(DocumentText.of(null, FileType.PDF)).isEmpty();
	}

	@Test
	void cleansAndCapsTheText() {
		assertThat(DocumentText.clean(" a\u0000b \n\n c\uD800 d ")).isEqualTo("a b c d");
		assertThat(DocumentText.clean("x ".repeat(DocumentText.MAX_CHARACTERS))).hasSizeLessThanOrEqualTo(DocumentText.MAX_CHARACTERS);
		String emoji = DocumentText.clean("😀".repeat(DocumentText.MAX_CHARACTERS));
		assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - 1))).isFalse();
	}

}
