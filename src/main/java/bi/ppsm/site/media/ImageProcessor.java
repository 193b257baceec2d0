package bi.ppsm.site.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPWriteParam;

/**
 * Turns the bytes of an upload into clean renditions, or refuses them. The file is never
 * trusted: its type comes from its first bytes, its size in pixels is checked from its header
 * before anything is decoded, it must decode without a warning, and it must hold no markup.
 * What is stored is drawn again from the pixels alone (turned upright by the EXIF orientation)
 * and encoded anew, so that no metadata of the original (EXIF, GPS position, camera serial,
 * XMP, ICC, comments) can survive.
 */
final class ImageProcessor {

	/** Above this many pixels an image is refused: it could fill the memory once decoded. */
	static final long MAX_PIXELS = 40_000_000L;

	/** Above this many pixels on a side an image is refused, whatever its area. */
	static final int MAX_SIDE = 12_000;

	/** Pixels decoded at most: larger sources are read one pixel in two (or three...). */
	private static final long MAX_DECODED_PIXELS = 16_000_000L;

	private static final float WEBP_QUALITY = 0.8f;

	private static final float JPEG_QUALITY = 0.82f;

	/**
	 * Decoder warnings that mean missing or damaged pixels (libjpeg's "Premature end of JPEG
	 * file", "Corrupt JPEG data"...); other warnings (an odd metadata block) do not refuse a photo.
	 */
	private static final java.util.regex.Pattern BROKEN = java.util.regex.Pattern
		.compile("(?i)premature|corrupt|truncat|end of (file|stream|data)|eof|invalid|missing|bad |unexpected");

	/** Markup or script that has no business inside a photo (a polyglot file). */
	private static final String[] MARKERS = { "<script", "<html", "<?php", "javascript:", "<iframe", "<body",
			"<!doctype", "<object", "<embed" };

	/** A rendition ready to store: {@code format} is {@code webp} or {@code jpg}. */
	record Rendition(int width, int height, String format, byte[] bytes) {
	}

	/** The result: the upright size of the largest rendition and every rendition. */
	record Processed(int width, int height, int[] widths, List<Rendition> renditions) {
	}

	Processed process(byte[] bytes) throws RefusedImage {
		if (bytes == null || bytes.length == 0) {
			throw new RefusedImage("empty");
		}
		ImageFormat format = ImageFormat.detect(bytes);
		if (format == null) {
			throw new RefusedImage(looksLikeSvg(bytes) ? "svg" : "notImage");
		}
		if (holdsMarkup(bytes)) {
			throw new RefusedImage("polyglot");
		}
		BufferedImage decoded = decode(bytes, format);
		int orientation = orientation(bytes);
		BufferedImage upright = upright(decoded, orientation, format != ImageFormat.JPEG);
		return renditions(upright);
	}

	// ---------------------------------------------------------------- checks

	static boolean looksLikeSvg(byte[] bytes) {
		String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		return start.contains("<svg");
	}

	/** Whether the bytes hold, in any case, one of the markers, or an {@code <svg} tag. */
	static boolean holdsMarkup(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			byte b = bytes[i];
			if (b != '<' && b != 'j' && b != 'J') {
				continue;
			}
			for (String marker : MARKERS) {
				if (matches(bytes, i, marker)) {
					return true;
				}
			}
			if (matches(bytes, i, "<svg") && i + 4 < bytes.length) {
				byte next = bytes[i + 4];
				if (next == ' ' || next == '>' || next == '/' || next == '\n' || next == '\r' || next == '\t') {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean matches(byte[] bytes, int at, String marker) {
		if (at + marker.length() > bytes.length) {
			return false;
		}
		for (int k = 0; k < marker.length(); k++) {
			int c = bytes[at + k] & 0xFF;
			if (c >= 'A' && c <= 'Z') {
				c += 'a' - 'A';
			}
			if (c != marker.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	// ---------------------------------------------------------------- decoding

	private static BufferedImage decode(byte[] bytes, ImageFormat format) throws RefusedImage {
		ImageReader reader = reader(format);
		List<String> warnings = new ArrayList<>();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			reader.addIIOReadWarningListener(new IIOReadWarningListener() {

				@Override
				public void warningOccurred(ImageReader source, String warning) {
					warnings.add(warning);
				}

			});
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width <= 0 || height <= 0) {
				throw new RefusedImage("corrupt");
			}
			if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
				throw new RefusedImage("tooManyPixels");
			}
			ImageReadParam param = reader.getDefaultReadParam();
			int step = 1;
			while ((long) (width / step) * (height / step) > MAX_DECODED_PIXELS
					|| Math.max(width, height) / (step + 1) >= Image.RENDITION_WIDTHS[Image.RENDITION_WIDTHS.length - 1] * 2) {
				step++;
			}
			if (step > 1) {
				param.setSourceSubsampling(step, step, 0, 0);
			}
			BufferedImage image = reader.read(0, param);
			if (image == null || warnings.stream().anyMatch(w -> BROKEN.matcher(w).find())) {
				throw new RefusedImage("corrupt");
			}
			return image;
		}
		catch (IOException | RuntimeException | OutOfMemoryError ex) {
			throw new RefusedImage("corrupt");
		}
		finally {
			reader.dispose();
		}
	}

	/** TwelveMonkeys' reader when there is one (it reads CMYK JPEGs and every WebP variant). */
	private static ImageReader reader(ImageFormat format) throws RefusedImage {
		ImageReader chosen = null;
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
		while (readers.hasNext()) {
			ImageReader candidate = readers.next();
			if (chosen == null || candidate.getClass().getName().startsWith("com.twelvemonkeys")) {
				chosen = candidate;
			}
		}
		if (chosen == null) {
			throw new RefusedImage("notImage");
		}
		return chosen;
	}

	/** The EXIF orientation (1 to 8), 1 when there is none or it cannot be read. */
	static int orientation(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
			for (ExifIFD0Directory exif : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
				if (exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
					int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
					return (value >= 1 && value <= 8) ? value : 1;
				}
			}
		}
		catch (Exception | StackOverflowError ex) {
			// unreadable metadata: the image is kept as it is drawn
		}
		return 1;
	}

	/**
	 * The pixels drawn upright into a new image, which carries nothing of the original but its
	 * pixels. Transparency is kept when the source may have it (PNG, WebP).
	 */
	static BufferedImage upright(BufferedImage source, int orientation, boolean keepAlpha) {
		int w = source.getWidth();
		int h = source.getHeight();
		boolean swap = orientation >= 5;
		int outW = swap ? h : w;
		int outH = swap ? w : h;
		// x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12; arguments: m00, m10, m01, m11, m02, m12
		AffineTransform t = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored vertically
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // a quarter turn clockwise
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // a quarter turn anticlockwise
			default -> new AffineTransform();
		};
		boolean alpha = keepAlpha && source.getColorModel().hasAlpha();
		BufferedImage out = new BufferedImage(outW, outH, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			if (!alpha) {
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, outW, outH);
			}
			g.drawImage(source, t, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	// ---------------------------------------------------------------- renditions

	private static Processed renditions(BufferedImage upright) throws RefusedImage {
		int width = upright.getWidth();
		int height = upright.getHeight();
		List<Integer> widths = new ArrayList<>();
		for (int w : Image.RENDITION_WIDTHS) {
			if (w <= width) {
				widths.add(w);
			}
		}
		if (widths.isEmpty()) {
			widths.add(width);
		}
		List<Rendition> renditions = new ArrayList<>();
		int largestHeight = height;
		try {
			for (int w : widths) {
				int h = Math.max(1, Math.round((float) height * w / width));
				BufferedImage scaled = scale(upright, w, h);
				renditions.add(new Rendition(w, h, "webp", webp(scaled)));
				renditions.add(new Rendition(w, h, "jpg", jpeg(opaque(scaled))));
				largestHeight = h;
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new RefusedImage("corrupt");
		}
		int largest = widths.get(widths.size() - 1);
		return new Processed(largest, largestHeight, widths.stream().mapToInt(Integer::intValue).toArray(), renditions);
	}

	/** Scaled down in halving steps, each bilinear: sharp, without the aliasing of one big step. */
	static BufferedImage scale(BufferedImage source, int width, int height) {
		BufferedImage current = source;
		int w = source.getWidth();
		int h = source.getHeight();
		if (w == width && h == height) {
			return source;
		}
		do {
			w = Math.max(width, w / 2);
			h = Math.max(height, h / 2);
			if (w / 2 < width) {
				w = width;
				h = height;
			}
			BufferedImage next = new BufferedImage(w, h, current.getType() == BufferedImage.TYPE_INT_ARGB
					? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
			Graphics2D g = next.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				g.drawImage(current, 0, 0, w, h, null);
			}
			finally {
				g.dispose();
			}
			current = next;
		}
		while (w != width || h != height);
		return current;
	}

	private static BufferedImage opaque(BufferedImage image) {
		if (!image.getColorModel().hasAlpha()) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	private static byte[] webp(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByMIMEType("image/webp").next();
		WebPWriteParam param = new WebPWriteParam(Locale.ROOT);
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionType(CompressionType.Lossy);
		param.setCompressionQuality(WEBP_QUALITY);
		return write(writer, image, param);
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = null;
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		while (writers.hasNext()) {
			ImageWriter candidate = writers.next();
			// the JDK's own writer: it writes a bare JFIF header and nothing else
			if (writer == null || candidate.getClass().getName().startsWith("com.sun")) {
				writer = candidate;
			}
		}
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(JPEG_QUALITY);
		param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
		return write(writer, image, param);
	}

	private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
