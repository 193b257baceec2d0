import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Writes the sample files the bench scripts publish through the back office: a 1600 x 1067
 * photo-like JPEG and a one-page PDF. Run with the JDK alone:
 * {@code java bench/SampleFiles.java DIR}.
 */
public class SampleFiles {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		Files.createDirectories(dir);
		ImageIO.write(photo(1600, 1067), "jpg", dir.resolve("sample-photo.jpg").toFile());
		Files.write(dir.resolve("sample-report.pdf"), pdf("Rapport annuel de la PPSM (exemple du banc d'essai)"));
	}

	/** Soft gradients and shapes: compresses like a photo, not like a flat drawing. */
	static BufferedImage photo(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(0x2f6f7e), width, height, new Color(0xe8b04b)));
		g.fillRect(0, 0, width, height);
		java.util.Random random = new java.util.Random(42);
		for (int i = 0; i < 60; i++) {
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
			int r = 40 + random.nextInt(220);
			g.fillOval(random.nextInt(width) - r / 2, random.nextInt(height) - r / 2, r, r);
		}
		g.dispose();
		return image;
	}

	/** A minimal, valid one-page PDF (PDF 1.4) with one line of text in Helvetica. */
	static byte[] pdf(String text) {
		String stream = "BT /F1 18 Tf 72 760 Td (" + text.replace("(", "\\(").replace(")", "\\)") + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Integer> offsets = new ArrayList<>();
		write(out, "%PDF-1.4\n");
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		for (int offset : offsets) {
			table.append(String.format("%010d 00000 n \n", offset));
		}
		write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

}
