package bi.ppsm.site.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;

import bi.ppsm.site.programme.Programme;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.system.ContentEntity;

/**
 * A document visitors download: its description and what the upload checks found in its file.
 * The file's bytes and the thumbnail live in tables of their own ({@link DocumentFiles}), never
 * loaded with the document.
 */
@Entity
public class Document extends ContentEntity {

	@Column(nullable = false)
	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DocumentCategory category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DocumentLanguage language;

	@Column(name = "document_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false)
	private boolean published;

	@Enumerated(EnumType.STRING)
	@Column(name = "file_type", nullable = false)
	private FileType fileType;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(name = "thumbnail_width")
	private Integer thumbnailWidth;

	@Column(name = "thumbnail_height")
	private Integer thumbnailHeight;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ManyToMany
	@JoinTable(name = "document_programme", joinColumns = @JoinColumn(name = "document_id"),
			inverseJoinColumns = @JoinColumn(name = "programme_id"))
	@OrderBy("position")
	private List<Programme> programmes = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "document_project", joinColumns = @JoinColumn(name = "document_id"),
			inverseJoinColumns = @JoinColumn(name = "project_id"))
	@OrderBy("position, name")
	private List<Project> projects = new ArrayList<>();

	protected Document() {
	}

	Document(String title, Instant createdAt, String uploadedBy) {
		this.title = title;
		this.createdAt = createdAt;
		this.uploadedBy = uploadedBy;
	}

	/** The first 16 hexadecimal digits of the file's SHA-256: in the URLs, which change with the file. */
	public String getHash() {
		return this.sha256.substring(0, 16);
	}

	/** Where visitors download the file; the URL changes when the file does, so it may be cached for long. */
	public String getDownloadPath() {
		return "/documents/" + getId() + "/" + getHash() + "/" + this.fileName;
	}

	public String getThumbnailPath() {
		return hasThumbnail() ? "/documents/" + getId() + "/" + getHash() + "/apercu.jpg" : null;
	}

	public boolean hasThumbnail() {
		return this.thumbnailWidth != null && this.thumbnailHeight != null;
	}

	void setFile(StoredFile file) {
		this.fileType = file.type();
		this.fileName = file.fileName();
		this.contentType = file.type().contentType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
		this.thumbnailWidth = (file.thumbnail() != null) ? file.thumbnail().width() : null;
		this.thumbnailHeight = (file.thumbnail() != null) ? file.thumbnail().height() : null;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public DocumentCategory getCategory() {
		return this.category;
	}

	public void setCategory(DocumentCategory category) {
		this.category = category;
	}

	public DocumentLanguage getLanguage() {
		return this.language;
	}

	public void setLanguage(DocumentLanguage language) {
		this.language = language;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public FileType getFileType() {
		return this.fileType;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public Integer getThumbnailWidth() {
		return this.thumbnailWidth;
	}

	public Integer getThumbnailHeight() {
		return this.thumbnailHeight;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public List<Programme> getProgrammes() {
		return this.programmes;
	}

	public List<Project> getProjects() {
		return this.projects;
	}

}
