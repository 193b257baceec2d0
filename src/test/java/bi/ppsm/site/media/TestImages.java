package bi.ppsm.site.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/**
 * Real image files made in the tests: photos as a camera writes them (EXIF with GPS position,
 * camera serial and orientation), PNG and WebP files, and the hostile ones (polyglot, SVG,
 * truncated file, decompression bomb).
 */
public final class TestImages {

	/** The camera serial number written in the EXIF block: it must never be served. */
	public static final String SERIAL = "SN-SECRET-4242";

	private TestImages() {
	}

	/** A picture whose left half is red and right half blue: its orientation can be checked. */
	public static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height);
		g.setColor(Color.BLUE);
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		return image;
	}

	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height), "jpeg");
	}

	public static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.drawImage(picture(width, height), 0, 0, null);
		g.setColor(new Color(0, 0, 0, 0));
		g.dispose();
		return encode(image, "png");
	}

	public static byte[] webp(int width, int height) {
		return encode(picture(width, height), "webp");
	}

	/**
	 * A JPEG as a camera writes it: an EXIF block (APP1) right after the start marker, holding
	 * the camera make, its serial number, a GPS position in Bujumbura and the given orientation.
	 */
	public static byte[] cameraJpeg(int width, int height, int orientation) {
		byte[] plain = jpeg(width, height);
		// drop the JFIF header (APP0) the JDK writes, as cameras do not write one
		int app0Length = ((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF);
		byte[] rest = Arrays.copyOfRange(plain, 4 + app0Length, plain.length);
		byte[] exif = exifSegment(orientation);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		out.writeBytes(exif);
		out.writeBytes(rest);
		return out.toByteArray();
	}

	private static byte[] exifSegment(int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(204);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		// IFD0 at 8: make, orientation, Exif IFD, GPS IFD
		tiff.putShort((short) 4);
		entry(tiff, 0x010F, 2, 6, 62);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		entry(tiff, 0x8769, 4, 1, 68);
		entry(tiff, 0x8825, 4, 1, 102);
		tiff.putInt(0);
		tiff.put("Canon\0".getBytes(StandardCharsets.US_ASCII)); // 62..68
		// Exif IFD at 68: body serial number
		tiff.putShort((short) 1);
		entry(tiff, 0xA431, 2, SERIAL.length() + 1, 86);
		tiff.putInt(0);
		tiff.put((SERIAL + "\0").getBytes(StandardCharsets.US_ASCII)); // 86..101
		tiff.put((byte) 0); // 102
		// GPS IFD at 102: 3°22'S 29°21'E
		tiff.putShort((short) 4);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'S').put((byte) 0).putShort((short) 0);
		entry(tiff, 2, 5, 3, 156);
		tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
		entry(tiff, 4, 5, 3, 180);
		tiff.putInt(0);
		tiff.putInt(3).putInt(1).putInt(22).putInt(1).putInt(1234).putInt(100); // 156..180
		tiff.putInt(29).putInt(1).putInt(21).putInt(1).putInt(5678).putInt(100); // 180..204
		byte[] body = tiff.array();
		ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
		segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
		return segment.array();
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
		tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

	/** A valid JPEG with a script after its end, as a polyglot HTML/JPEG file has. */
	public static byte[] polyglotJpeg() {
		byte[] jpeg = jpeg(400, 300);
		byte[] script = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII);
		byte[] out = Arrays.copyOf(jpeg, jpeg.length + script.length);
		System.arraycopy(script, 0, out, jpeg.length, script.length);
		return out;
	}

	/** A valid JPEG with an HTML page in a comment segment (COM), right after the start marker. */
	public static byte[] jpegWithHtmlComment() {
		byte[] jpeg = jpeg(400, 300);
		byte[] html = "<html><body onload=alert(1)>".getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		out.write(0xFF);
		out.write(0xFE);
		out.write((html.length + 2) >> 8);
		out.write((html.length + 2) & 0xFF);
		out.writeBytes(html);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** The first half of a JPEG. */
	public static byte[] truncatedJpeg() {
		byte[] jpeg = jpeg(800, 600);
		return Arrays.copyOf(jpeg, jpeg.length / 2);
	}

	public static byte[] svg() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script>
				<rect width="10" height="10"/></svg>""".getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] text() {
		return "Rapport annuel 2025 : ceci n'est pas une image.\n".getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A decompression bomb: a valid PNG header announcing 50 000 × 50 000 pixels (2.5 billion,
	 * about 10 GB once decoded), in a few hundred bytes.
	 */
	public static byte[] pngBomb() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		ByteBuffer ihdr = ByteBuffer.allocate(13);
		ihdr.putInt(50_000).putInt(50_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		Deflater deflater = new Deflater(9);
		deflater.setInput(new byte[64 * 1024]);
		deflater.finish();
		byte[] buffer = new byte[4096];
		int length = deflater.deflate(buffer);
		chunk(out, "IDAT", Arrays.copyOf(buffer, length));
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		ByteBuffer length = ByteBuffer.allocate(4).putInt(data.length);
		out.writeBytes(length.array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** The bytes as ISO-8859-1 text, to search markers in. */
	public static String latin1(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
