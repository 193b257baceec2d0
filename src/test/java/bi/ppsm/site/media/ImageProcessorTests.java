package bi.ppsm.site.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The upload pipeline on real files made here: what it keeps, what it strips, what it refuses. */
class ImageProcessorTests {

	private final ImageProcessor processor = new ImageProcessor();

	@Test
	void theTestPhotoReallyCarriesGpsSerialAndOrientation() throws Exception {
		byte[] photo = TestImages.cameraJpeg(1200, 800, 6);
		Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
		assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation()).isNotNull();
		assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION))
			.isEqualTo(6);
		assertThat(TestImages.latin1(photo)).contains(TestImages.SERIAL).contains("Exif");
		assertThat(ImageProcessor.orientation(photo)).isEqualTo(6);
	}

	@Test
	void aCameraPhotoIsTurnedUprightAndStrippedOfEveryMetadata() throws Exception {
		ImageProcessor.Processed processed = this.processor.process(TestImages.cameraJpeg(1200, 800, 6));
		// a quarter turn: 1200 × 800 stored sideways is a portrait 800 × 1200
		assertThat(processed.widths()).containsExactly(360, 720);
		assertThat(processed.width()).isEqualTo(720);
		assertThat(processed.height()).isEqualTo(1080);
		assertThat(processed.renditions()).hasSize(4);
		for (ImageProcessor.Rendition rendition : processed.renditions()) {
			String text = TestImages.latin1(rendition.bytes());
			assertThat(text).doesNotContain("Exif").doesNotContain(TestImages.SERIAL).doesNotContain("Canon")
				.doesNotContain("GPS").doesNotContain("http://ns.adobe.com/xap").doesNotContain("ICC_PROFILE");
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(rendition.bytes()));
			assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
			assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
			if (rendition.format().equals("jpg")) {
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendition.bytes()));
				assertThat(image.getWidth()).isEqualTo(rendition.width());
				assertThat(image.getHeight()).isEqualTo(rendition.height()).isGreaterThan(image.getWidth());
				// the red left half of the sensor is at the top once turned a quarter clockwise
				assertThat(isRed(image.getRGB(image.getWidth() / 2, image.getHeight() / 4))).isTrue();
				assertThat(isRed(image.getRGB(image.getWidth() / 2, image.getHeight() * 3 / 4))).isFalse();
			}
			else {
				assertThat(text).startsWith("RIFF").contains("WEBP");
			}
		}
	}

	@Test
	void everyOrientationGivesTheUprightPicture() {
		BufferedImage source = TestImages.picture(40, 20);
		for (int orientation = 1; orientation <= 8; orientation++) {
			BufferedImage upright = ImageProcessor.upright(source, orientation, false);
			boolean swapped = orientation >= 5;
			assertThat(upright.getWidth()).as("orientation %d", orientation).isEqualTo(swapped ? 20 : 40);
			assertThat(upright.getHeight()).isEqualTo(swapped ? 40 : 20);
		}
		BufferedImage quarter = ImageProcessor.upright(source, 6, false);
		assertThat(isRed(quarter.getRGB(10, 5))).isTrue();
		BufferedImage anticlockwise = ImageProcessor.upright(source, 8, false);
		assertThat(isRed(anticlockwise.getRGB(10, 35))).isTrue();
		BufferedImage halfTurn = ImageProcessor.upright(source, 3, false);
		assertThat(isRed(halfTurn.getRGB(35, 10))).isTrue();
	}

	@Test
	void pngAndWebpAreAcceptedAndSmallImagesKeepTheirWidth() throws Exception {
		ImageProcessor.Processed png = this.processor.process(TestImages.png(2000, 1000));
		assertThat(png.widths()).containsExactly(360, 720, 1080, 1600);
		assertThat(png.height()).isEqualTo(800);
		ImageProcessor.Processed webp = this.processor.process(TestImages.webp(300, 200));
		assertThat(webp.widths()).containsExactly(300);
		assertThat(webp.height()).isEqualTo(200);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(webp.renditions().get(0).bytes()));
		assertThat(decoded.getWidth()).isEqualTo(300);
	}

	@Test
	void hostileAndBrokenFilesAreRefusedWithTheirReason() {
		assertRefused(TestImages.text(), "notImage");
		assertRefused(new byte[0], "empty");
		assertRefused(TestImages.svg(), "svg");
		assertRefused(TestImages.polyglotJpeg(), "polyglot");
		assertRefused(TestImages.jpegWithHtmlComment(), "polyglot");
		assertRefused(TestImages.truncatedJpeg(), "corrupt");
		assertRefused(TestImages.pngBomb(), "tooManyPixels");
		byte[] png = TestImages.png(800, 600);
		assertRefused(java.util.Arrays.copyOf(png, png.length / 2), "corrupt");
		byte[] webp = TestImages.webp(800, 600);
		assertRefused(java.util.Arrays.copyOf(webp, webp.length / 2), "corrupt");
		byte[] fakeJpeg = TestImages.text();
		fakeJpeg[0] = (byte) 0xFF;
		fakeJpeg[1] = (byte) 0xD8;
		fakeJpeg[2] = (byte) 0xFF;
		assertRefused(fakeJpeg, "corrupt");
	}

	@Test
	void theBombIsSmallAndRefusedWithoutDecoding() {
		byte[] bomb = TestImages.pngBomb();
		assertThat(bomb.length).isLessThan(4096);
		long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
		assertRefused(bomb, "tooManyPixels");
		long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
		assertThat(after - before).isLessThan(500L * 1024 * 1024);
	}

	private void assertRefused(byte[] bytes, String reason) {
		assertThatThrownBy(() -> this.processor.process(bytes)).isInstanceOf(RefusedImage.class)
			.extracting(ex -> ((RefusedImage) ex).reason())
			.isEqualTo(reason);
	}

	private static boolean isRed(int rgb) {
		int r = (rgb >> 16) & 0xFF;
		int b = rgb & 0xFF;
		return r > 180 && b < 80;
	}

	static BufferedImage read(byte[] bytes) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

}
