package bi.ppsm.site.contact;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import bi.ppsm.site.account.StaffAccount;
import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.admin.Flash;
import bi.ppsm.site.admin.Option;
import bi.ppsm.site.system.EmailAddresses;

/** The staff inbox: list by status, one message with its notes, e-mails and actions. */
@Controller
@RequestMapping(MessageAdminController.BASE)
class MessageAdminController {

	static final String BASE = "/admin/messages";

	private static final String VIEW = "admin/messages/show";

	private static final int PAGE_SIZE = 25;

	/** Messages of a status counted for the pager, no more: beyond, "page 3 · more than 10,000 messages". */
	static final int MAX_COUNTED = 10_000;

	private static final List<StaffRole> INBOX_ROLES = List.of(StaffRole.ADMINISTRATOR, StaffRole.INBOX_HANDLER);

	private final Inbox inbox;

	private final MessageRepository messages;

	private final StaffAccountRepository accounts;

	private final MessageSource messagesSource;

	MessageAdminController(Inbox inbox, MessageRepository messages, StaffAccountRepository accounts,
			MessageSource messagesSource) {
		this.inbox = inbox;
		this.messages = messages;
		this.accounts = accounts;
		this.messagesSource = messagesSource;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(name = "statut", defaultValue = "NEW") MessageStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", MessageStatus.values());
		Slice<ContactMessage> found = this.messages.findInboxSlice(status,
				PageRequest.of(Math.max(0, Math.min(page, 1_000_000)), PAGE_SIZE));
		long counted = this.messages.countByStatusUpTo(status.name(), MAX_COUNTED + 1);
		model.addAttribute("page", found);
		model.addAttribute("pages", (Math.min(counted, MAX_COUNTED) + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("morePages", counted > MAX_COUNTED);
		model.addAttribute("maxCounted", MAX_COUNTED);
		return "admin/messages/list";
	}

	/** One transaction for the page: the read is recorded, then the notes, e-mails and staff read. */
	@GetMapping("/{id}")
	@Transactional
	String show(@PathVariable long id, Model model) {
		model.addAttribute("message", this.inbox.read(id));
		model.addAttribute("reply", new ReplyForm(null));
		model.addAttribute("note", new NoteForm(null));
		return view(id, model);
	}

	@PostMapping("/{id}/repondre")
	String reply(@PathVariable long id, @Valid @ModelAttribute("reply") ReplyForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		ContactMessage message = this.inbox.find(id);
		if (message.getStatus() == MessageStatus.SPAM || !EmailAddresses.isValid(message.getEmail())) {
			result.reject("noReply");
		}
		if (result.hasErrors()) {
			model.addAttribute("message", message);
			model.addAttribute("note", new NoteForm(null));
			return view(id, model);
		}
		this.inbox.reply(id, form.reply(), principal.getName());
		redirect.addFlashAttribute("flash", "admin.inbox.flash.replied");
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping("/{id}/notes")
	String note(@PathVariable long id, @Valid @ModelAttribute("note") NoteForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("message", this.inbox.find(id));
			model.addAttribute("reply", new ReplyForm(null));
			return view(id, model);
		}
		this.inbox.addNote(id, form.note(), principal.getName());
		redirect.addFlashAttribute("flash", "admin.inbox.flash.noted");
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping("/{id}/attribuer")
	String assign(@PathVariable long id, @RequestParam(required = false) Long staff,
			@RequestParam(required = false) String me, Principal principal, RedirectAttributes redirect) {
		// only a colleague who may open the inbox, as the list offers; any other id unassigns
		StaffAccount account = (me != null) ? this.accounts.findByLogin(principal.getName()).orElse(null)
				: (staff == null) ? null : this.accounts.findById(staff)
					.filter(a -> a.isEnabled() && INBOX_ROLES.contains(a.getRole()))
					.orElse(null);
		this.inbox.assign(id, account);
		return updated(id, redirect);
	}

	@PostMapping("/{id}/indesirable")
	String spam(@PathVariable long id, RedirectAttributes redirect) {
		this.inbox.setStatus(id, MessageStatus.SPAM, "SPAM");
		return updated(id, redirect);
	}

	@PostMapping("/{id}/pas-indesirable")
	String notSpam(@PathVariable long id, RedirectAttributes redirect) {
		this.inbox.setStatus(id, MessageStatus.NEW, "NOT_SPAM");
		return updated(id, redirect);
	}

	@PostMapping("/{id}/archiver")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		this.inbox.setStatus(id, MessageStatus.ARCHIVED, "ARCHIVE");
		return updated(id, redirect);
	}

	/** The message as a plain-text file (UTF-8), e.g. to pass it on to a referral service. */
	@GetMapping(value = "/{id}/export", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> export(@PathVariable long id, Locale locale) {
		ContactMessage m = this.inbox.export(id);
		String text = String.join("\n",
				line("admin.inbox.from", m.getSenderName(), locale), line("admin.inbox.email", m.getEmail(), locale),
				line("admin.inbox.phone", m.getPhone(), locale),
				line("admin.inbox.subject", this.messagesSource.getMessage("contact.subject." + m.getSubject(), null, locale), locale),
				line("admin.inbox.receivedAt", m.getCreatedAt().toString(), locale), "", m.getBody(), "");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("message-" + id + ".txt").build().toString())
			.body(text);
	}

	private String line(String key, String value, Locale locale) {
		return this.messagesSource.getMessage(key, null, locale) + " : " + ((value != null) ? value : "");
	}

	@GetMapping("/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		this.inbox.find(id);
		model.addAttribute("label", "n° " + id);
		model.addAttribute("usages", List.of());
		model.addAttribute("back", BASE + "/" + id);
		return "admin/delete";
	}

	@PostMapping("/{id}/supprimer")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.inbox.delete(id);
		Flash.deleted(redirect);
		return "redirect:" + BASE;
	}

	private String view(long id, Model model) {
		ContactMessage message = (ContactMessage) model.getAttribute("message");
		model.addAttribute("canReply", message != null && message.getStatus() != MessageStatus.SPAM
				&& EmailAddresses.isValid(message.getEmail()));
		model.addAttribute("notes", this.inbox.notes(id));
		model.addAttribute("mails", this.inbox.mails(id));
		model.addAttribute("staff", this.accounts
			.findInboxReaders()
			.stream()
			.map(a -> new Option(a.getId(), a.getDisplayName() + " (" + a.getEmail() + ")"))
			.toList());
		return VIEW;
	}

	private static String updated(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "admin.inbox.flash.updated");
		return "redirect:" + BASE + "/" + id;
	}

}
