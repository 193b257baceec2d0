package bi.ppsm.site.media;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored renditions: bytes in PostgreSQL (table image_rendition), read by one query on the
 * primary key, written once at upload.
 */
@Repository
class Renditions {

	private final JdbcTemplate jdbc;

	Renditions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long imageId, List<ImageProcessor.Rendition> renditions) {
		for (ImageProcessor.Rendition r : renditions) {
			this.jdbc.update("insert into image_rendition (image_id, width, format, height, bytes) values (?, ?, ?, ?, ?)",
					imageId, r.width(), r.format(), r.height(), r.bytes());
		}
	}

	/** The bytes of one rendition of the image with that storage key, or null. */
	byte[] bytes(String key, int width, String format) {
		List<byte[]> found = this.jdbc.query("""
				select r.bytes from image_rendition r join image i on i.id = r.image_id
				where i.storage_key = ? and r.width = ? and r.format = ?""",
				(rs, row) -> rs.getBytes(1), key, width, format);
		return found.isEmpty() ? null : found.get(0);
	}

}
