package bi.ppsm.site.media;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import bi.ppsm.site.admin.Option;
import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.system.PpsmProperties;

/**
 * The media library as other features use it: upload (checked, cleaned, stored as renditions),
 * the images a public page may show, and what uses an image.
 */
@Service
public class ImageLibrary {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ImageRepository images;

	private final Renditions renditions;

	private final AuditLog audit;

	private final List<ImageUsages> usages;

	private final Clock clock;

	private final long maxImageSize;

	private final ImageProcessor processor = new ImageProcessor();

	private final TransactionTemplate transactions;

	ImageLibrary(ImageRepository images, Renditions renditions, AuditLog audit, List<ImageUsages> usages, Clock clock,
			PpsmProperties properties, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.images = images;
		this.renditions = renditions;
		this.audit = audit;
		this.usages = usages;
		this.clock = clock;
		this.maxImageSize = properties.uploads().maxImageSize().toBytes();
	}

	/** The largest image file accepted, in bytes. */
	public long maxImageSize() {
		return this.maxImageSize;
	}

	/**
	 * Checks, cleans and stores an uploaded file; refuses it (nothing stored) when it is missing,
	 * too large, not a JPEG, PNG or WebP image, hostile or broken.
	 */
	public Image upload(MultipartFile file, String uploadedBy) throws RefusedImage {
		if (file == null || file.isEmpty()) {
			throw new RefusedImage("missing");
		}
		if (file.getSize() > this.maxImageSize) {
			throw new RefusedImage("tooBig");
		}
		byte[] bytes;
		try (InputStream in = file.getInputStream()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxImageSize + 1));
		}
		catch (IOException ex) {
			throw new RefusedImage("unreadable");
		}
		if (bytes.length > this.maxImageSize) {
			throw new RefusedImage("tooBig");
		}
		return store(bytes, file.getOriginalFilename(), uploadedBy);
	}

	/**
	 * Checks, cleans and stores the bytes of an image file (see {@link #upload}). The work on
	 * the pixels is done before the transaction: no database connection waits for it.
	 */
	public Image store(byte[] bytes, String originalName, String uploadedBy) throws RefusedImage {
		if (bytes.length > this.maxImageSize) {
			throw new RefusedImage("tooBig");
		}
		ImageProcessor.Processed processed = this.processor.process(bytes);
		return this.transactions.execute(status -> {
			Image image = new Image(key(processed), cleanName(originalName), processed.width(), processed.height(),
					processed.widths(), this.clock.instant());
			image.setUploadedBy(uploadedBy);
			this.images.saveAndFlush(image);
			this.renditions.insert(image.getId(), processed.renditions());
			this.audit.record("CREATE", "image", image.getId(), image.getOriginalName(), List.of());
			return image;
		});
	}

	/** The images a public page may show, newest first, as choices of a select. */
	@Transactional(readOnly = true)
	public List<Option> publishableChoices() {
		return this.images.findPublishable().stream().map(i -> new Option(i.getId(), label(i))).toList();
	}

	/** The image, when a public page may show it (consent given if people show, described). */
	@Transactional(readOnly = true)
	public Optional<Image> publishable(Long id) {
		if (id == null) {
			return Optional.empty();
		}
		return this.images.findById(id).filter(ImageLibrary::showable);
	}

	/** The images among these ids that a public page may show, by id: one query. */
	@Transactional(readOnly = true)
	public Map<Long, Image> publishableByIds(Collection<Long> ids) {
		List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return Map.of();
		}
		Map<Long, Image> found = new HashMap<>();
		this.images.findByIdIn(wanted).stream().filter(ImageLibrary::showable).forEach(i -> found.put(i.getId(), i));
		return found;
	}

	/** The names of what uses the image, from every feature that shows library images. */
	public List<String> usagesOf(long imageId) {
		List<String> names = new ArrayList<>();
		for (ImageUsages feature : this.usages) {
			names.addAll(feature.usagesOf(imageId));
		}
		return names;
	}

	static boolean showable(Image image) {
		return image.isPublishable() && (image.isDecorative() || (image.getAltText() != null && !image.getAltText().isBlank()));
	}

	/** What staff read in a list: the alt text, else the file name. */
	static String label(Image image) {
		String alt = image.getAltText();
		return (alt != null && !alt.isBlank()) ? alt + " (" + image.getOriginalName() + ")" : image.getOriginalName();
	}

	/** A file name without its folders or control characters, at most 200 characters. */
	static String cleanName(String name) {
		if (name == null || name.isBlank()) {
			return "image";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
		if (base.isEmpty()) {
			return "image";
		}
		return (base.length() > 200) ? base.substring(0, 200) : base;
	}

	/** A hash of the renditions' bytes and a random part: the URLs change whenever the content does. */
	private static String key(ImageProcessor.Processed processed) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (ImageProcessor.Rendition r : processed.renditions()) {
				digest.update(r.bytes());
			}
			byte[] salt = new byte[4];
			RANDOM.nextBytes(salt);
			HexFormat hex = HexFormat.of();
			return hex.formatHex(digest.digest(), 0, 12) + hex.formatHex(salt);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
