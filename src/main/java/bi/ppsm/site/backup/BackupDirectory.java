package bi.ppsm.site.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The backup directory: files {@code ppsm-yyyyMMdd-HHmmss.dump} (pg_dump's custom format), each
 * with {@code <name>.sha256} beside it in sha256sum's format, so that
 * {@code sha256sum -c ppsm-....dump.sha256} checks it by hand too. A backup is written to a
 * hidden temporary file, flushed to disk, and only then moved to its name: a listed backup is
 * always complete. Nothing but such names is ever read or served from it.
 */
final class BackupDirectory {

	static final Pattern NAME = Pattern.compile("ppsm-\\d{8}-\\d{6}(-\\d{1,3})?\\.dump");

	static final String CHECKSUM = ".sha256";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Path dir;

	/** Checksum checks by name, size and time: each file is read once, not at every listing. */
	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	BackupDirectory(Path dir) {
		this.dir = dir.toAbsolutePath().normalize();
	}

	Path path() {
		return this.dir;
	}

	/** The backups, newest first. */
	List<BackupFile> list() throws IOException {
		if (!Files.isDirectory(this.dir)) {
			return List.of();
		}
		List<BackupFile> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(this.dir)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (NAME.matcher(name).matches() && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
					BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
					Instant modified = attributes.lastModifiedTime().toInstant();
					files.add(new BackupFile(name, modified, attributes.size(),
							checksum(entry, attributes.size(), modified)));
				}
			}
		}
		files.sort(Comparator.comparing(BackupFile::createdAt).thenComparing(BackupFile::name).reversed());
		return files;
	}

	/**
	 * A backup or its checksum file by name: only names of the backup pattern, only regular files
	 * directly in the directory (no other path, no link).
	 */
	Optional<Path> find(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String backup = name.endsWith(CHECKSUM) ? name.substring(0, name.length() - CHECKSUM.length()) : name;
		if (!NAME.matcher(backup).matches()) {
			return Optional.empty();
		}
		Path file = this.dir.resolve(name).normalize();
		if (!this.dir.equals(file.getParent()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		return Optional.of(file);
	}

	/** A name for a backup made now (server time), not yet taken. */
	String newName(Instant now, ZoneId zone) {
		String stamp = "ppsm-" + STAMP.format(now.atZone(zone));
		String name = stamp + ".dump";
		for (int i = 2; Files.exists(this.dir.resolve(name)); i++) {
			name = stamp + "-" + i + ".dump";
		}
		return name;
	}

	/** Writes a backup: {@code writer} fills the temporary file, which then takes its name with its checksum. */
	Path write(String name, Writer writer) throws IOException {
		Files.createDirectories(this.dir);
		Path part = this.dir.resolve("." + name + ".part");
		Path checksumPart = this.dir.resolve("." + name + CHECKSUM + ".part");
		try {
			Files.deleteIfExists(part);
			writer.write(part);
			if (!Files.isRegularFile(part) || Files.size(part) == 0) {
				throw new IOException("la sauvegarde est vide");
			}
			fsync(part);
			String line = sha256(part) + "  " + name + "\n";
			Files.writeString(checksumPart, line, StandardCharsets.US_ASCII);
			fsync(checksumPart);
			Path target = this.dir.resolve(name);
			move(part, target);
			move(checksumPart, this.dir.resolve(name + CHECKSUM));
			fsyncDirectory();
			return target;
		}
		finally {
			Files.deleteIfExists(part);
			Files.deleteIfExists(checksumPart);
		}
	}

	/** Deletes the backups (and their checksums) last written before {@code limit}, never {@code keep}. */
	List<String> deleteOlderThan(Instant limit, String keep) throws IOException {
		List<String> deleted = new ArrayList<>();
		for (BackupFile file : list()) {
			if (!file.name().equals(keep) && file.createdAt().isBefore(limit)) {
				Files.deleteIfExists(this.dir.resolve(file.name() + CHECKSUM));
				Files.deleteIfExists(this.dir.resolve(file.name()));
				this.verified.remove(file.name());
				deleted.add(file.name());
			}
		}
		return deleted;
	}

	private Checksum checksum(Path file, long size, Instant modified) throws IOException {
		Verified known = this.verified.get(file.getFileName().toString());
		if (known != null && known.size == size && known.modified.equals(modified)) {
			return known.checksum;
		}
		Checksum checksum = verify(file);
		this.verified.put(file.getFileName().toString(), new Verified(size, modified, checksum));
		return checksum;
	}

	/** Whether the file matches the checksum file beside it. */
	static Checksum verify(Path file) throws IOException {
		Path sum = file.resolveSibling(file.getFileName() + CHECKSUM);
		if (!Files.isRegularFile(sum)) {
			return Checksum.MISSING;
		}
		String expected = Files.readString(sum, StandardCharsets.US_ASCII).strip().split("\\s+")[0];
		return expected.equalsIgnoreCase(sha256(file)) ? Checksum.OK : Checksum.MISMATCH;
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void fsync(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/** The moves themselves reach the disk (on systems that allow opening a directory). */
	private void fsyncDirectory() {
		try (FileChannel channel = FileChannel.open(this.dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// not supported here (Windows): the moves are still atomic
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Fills the temporary file of a backup. */
	@FunctionalInterface
	interface Writer {

		void write(Path file) throws IOException;

	}

	/** A backup as the admin page lists it. */
	record BackupFile(String name, Instant createdAt, long size, Checksum checksum) {
	}

	/** Whether a backup matches its checksum file. */
	enum Checksum {

		OK, MISSING, MISMATCH

	}

	private record Verified(long size, Instant modified, Checksum checksum) {
	}

}
