package bi.ppsm.site.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import bi.ppsm.site.system.ContentEntity;

/**
 * An image of the media library: its renditions (stored in PostgreSQL, served under
 * {@code /medias/{key}/{width}.{webp|jpg}}) and what a page needs to show it well and lawfully:
 * alt text, caption, credit, and whether the people it shows have consented.
 */
@Entity
public class Image extends ContentEntity {

	/** The widths renditions are made in (an image narrower than one of them keeps its own width). */
	public static final int[] RENDITION_WIDTHS = { 360, 720, 1080, 1600 };

	@Column(name = "storage_key", nullable = false, unique = true, updatable = false)
	private String key;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(nullable = false)
	private int[] widths;

	@Column(name = "alt_text")
	private String altText;

	@Column(nullable = false)
	private boolean decorative;

	private String caption;

	private String credit;

	@Column(name = "shows_people", nullable = false)
	private boolean showsPeople;

	@Column(name = "consent_recorded", nullable = false)
	private boolean consentRecorded;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Image() {
	}

	public Image(String key, String originalName, int width, int height, int[] widths, Instant createdAt) {
		this.key = key;
		this.originalName = originalName;
		this.width = width;
		this.height = height;
		this.widths = widths.clone();
		this.createdAt = createdAt;
	}

	/** Whether a public page may show it: no recognisable person, or their consent is recorded. */
	public boolean isPublishable() {
		return !this.showsPeople || this.consentRecorded;
	}

	/** The address of one rendition, {@code ext} being {@code webp} or {@code jpg}. */
	public String path(int renditionWidth, String ext) {
		return "/medias/" + this.key + "/" + renditionWidth + "." + ext;
	}

	/** The largest rendition no wider than {@code max} (the smallest one when all are wider). */
	public int widthUpTo(int max) {
		int chosen = this.widths[0];
		for (int w : this.widths) {
			if (w <= max) {
				chosen = w;
			}
		}
		return chosen;
	}

	/** The height of a rendition of the given width, keeping the proportions. */
	public int heightAt(int renditionWidth) {
		return Math.max(1, Math.round((float) this.height * renditionWidth / this.width));
	}

	/** {@code srcset} for one format: every rendition with its width. */
	public String srcset(String ext) {
		StringBuilder set = new StringBuilder();
		for (int w : this.widths) {
			if (!set.isEmpty()) {
				set.append(", ");
			}
			set.append(path(w, ext)).append(' ').append(w).append('w');
		}
		return set.toString();
	}

	public String getKey() {
		return this.key;
	}

	public String getOriginalName() {
		return this.originalName;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public int[] getWidths() {
		return this.widths.clone();
	}

	public String getAltText() {
		return this.altText;
	}

	public void setAltText(String altText) {
		this.altText = altText;
	}

	public boolean isDecorative() {
		return this.decorative;
	}

	public void setDecorative(boolean decorative) {
		this.decorative = decorative;
	}

	public String getCaption() {
		return this.caption;
	}

	public void setCaption(String caption) {
		this.caption = caption;
	}

	public String getCredit() {
		return this.credit;
	}

	public void setCredit(String credit) {
		this.credit = credit;
	}

	public boolean isShowsPeople() {
		return this.showsPeople;
	}

	public void setShowsPeople(boolean showsPeople) {
		this.showsPeople = showsPeople;
	}

	public boolean isConsentRecorded() {
		return this.consentRecorded;
	}

	public void setConsentRecorded(boolean consentRecorded) {
		this.consentRecorded = consentRecorded;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public void setUploadedBy(String uploadedBy) {
		this.uploadedBy = uploadedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
