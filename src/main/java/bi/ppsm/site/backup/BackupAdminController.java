package bi.ppsm.site.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.system.NotFoundException;

/**
 * Backups for administrators (SecurityConfiguration): the list with date, size and checksum,
 * downloads (audited, only backup files of the backup directory), and "Sauvegarder maintenant".
 */
@Controller
@RequestMapping("/admin/sauvegardes")
class BackupAdminController {

	private final Backups backups;

	BackupAdminController(Backups backups) {
		this.backups = backups;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("enabled", this.backups.enabled());
		model.addAttribute("directory", this.backups.directory().path().toString());
		List<BackupDirectory.BackupFile> files;
		try {
			files = this.backups.list();
		}
		catch (IOException ex) {
			files = List.of();
			model.addAttribute("unreadable", ex.getMessage());
		}
		model.addAttribute("backups", files);
		if (this.backups.enabled()) {
			try {
				model.addAttribute("toolsVersion", this.backups.tools().major());
			}
			catch (PgClient.Unusable ex) {
				model.addAttribute("toolsProblem", ex.getMessage());
			}
		}
		Backups.Failure failure = this.backups.lastFailure();
		model.addAttribute("failure", failure);
		return "admin/backup/list";
	}

	@PostMapping
	String backUpNow(RedirectAttributes redirect) {
		try {
			String name = this.backups.backUp();
			redirect.addFlashAttribute("flash", "admin.backup.done");
			redirect.addFlashAttribute("flashName", name);
		}
		catch (Backups.BackupFailed ex) {
			redirect.addFlashAttribute("backupError", ex.getMessage());
		}
		return "redirect:/admin/sauvegardes";
	}

	/** A backup or its checksum file, streamed; any other name is not found. */
	@GetMapping("/{name}")
	ResponseEntity<Resource> download(@PathVariable String name) {
		Path file = this.backups.directory().find(name).orElseThrow(() -> new NotFoundException("backup"));
		this.backups.downloaded(name);
		return ResponseEntity.ok()
			.contentType(name.endsWith(BackupDirectory.CHECKSUM) ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(file));
	}

}
