package bi.ppsm.site.contact;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.SliceImpl;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import bi.ppsm.site.account.StaffAccountRepository;
import bi.ppsm.site.system.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(MessageAdminController.class)
class MessageAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Inbox inbox;

	@MockitoBean
	StaffAccountRepository accounts;

	@Autowired
	MessageRepository messages;

	ContactMessage message() {
		return new ContactMessage(new ContactForm("Aline", "aline@exemple.bi", null, Subject.SUPPORT,
				"Texte <b>du</b> message\nsur deux lignes", null, null), "fr", "10.0.0.1", null, java.time.Instant.now());
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void inboxHandlerSeesTheListOfNewMessagesByDefault() {
		given(this.messages.findInboxSlice(eq(MessageStatus.NEW), any())).willReturn(new SliceImpl<>(List.of()));
		assertThat(this.mvc.get().uri("/admin/messages")).hasStatusOk()
			.hasViewName("admin/messages/list")
			.model()
			.containsEntry("status", MessageStatus.NEW);
	}

	@Test
	@WithMockUser(roles = "ADMINISTRATOR")
	void messagePageShowsTheTextEscaped() {
		given(this.inbox.read(7)).willReturn(message());
		assertThat(this.mvc.get().uri("/admin/messages/7")).hasStatusOk()
			.hasViewName("admin/messages/show")
			.bodyText()
			.contains("Texte &lt;b&gt;du&lt;/b&gt; message", "Demande de soutien psychosocial");
	}

	@Test
	@WithMockUser(username = "tri@ppsm.test", roles = "INBOX_HANDLER")
	void emptyReplyRerendersTheMessageWithAFieldError() {
		given(this.inbox.find(7)).willReturn(message());
		assertThat(this.mvc.post().uri("/admin/messages/7/repondre").with(csrf()).param("reply", "  ")).hasStatusOk()
			.hasViewName("admin/messages/show")
			.model()
			.extractingBindingResult("reply")
			.hasFieldErrors("reply");
		verify(this.inbox, org.mockito.Mockito.never()).reply(anyLong(), any(), any());
	}

	@Test
	@WithMockUser(username = "tri@ppsm.test", roles = "INBOX_HANDLER")
	void replyGoesThroughTheInboxAndRedirects() {
		given(this.inbox.find(7)).willReturn(message());
		assertThat(this.mvc.post().uri("/admin/messages/7/repondre").with(csrf()).param("reply", "Bonjour"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/messages/7");
		verify(this.inbox).reply(7, "Bonjour", "tri@ppsm.test");
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void deleteAsksForConfirmationThenDeletes() {
		given(this.inbox.find(7)).willReturn(message());
		assertThat(this.mvc.get().uri("/admin/messages/7/supprimer")).hasStatusOk().hasViewName("admin/delete");
		verify(this.inbox, org.mockito.Mockito.never()).delete(anyLong());
		assertThat(this.mvc.post().uri("/admin/messages/7/supprimer").with(csrf())).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/messages");
		verify(this.inbox).delete(7);
	}

	@Test
	@WithMockUser(roles = "INBOX_HANDLER")
	void spamArchiveAndNotSpamChangeTheStatus() {
		this.mvc.post().uri("/admin/messages/7/indesirable").with(csrf()).exchange();
		this.mvc.post().uri("/admin/messages/7/pas-indesirable").with(csrf()).exchange();
		this.mvc.post().uri("/admin/messages/7/archiver").with(csrf()).exchange();
		verify(this.inbox).setStatus(7, MessageStatus.SPAM, "SPAM");
		verify(this.inbox).setStatus(7, MessageStatus.NEW, "NOT_SPAM");
		verify(this.inbox).setStatus(7, MessageStatus.ARCHIVED, "ARCHIVE");
	}

	@Test
	@WithMockUser(username = "tri@ppsm.test", roles = "INBOX_HANDLER")
	void spamGetsNoReply() {
		ContactMessage spam = new ContactMessage(new ContactForm(null, "robot@exemple.bi", null, Subject.OTHER,
				"Achetez maintenant", null, null), "fr", "10.0.0.1", "honeypot", java.time.Instant.now());
		given(this.inbox.find(7)).willReturn(spam);
		assertThat(this.mvc.post().uri("/admin/messages/7/repondre").with(csrf()).param("reply", "Bonjour"))
			.hasStatusOk()
			.hasViewName("admin/messages/show")
			.bodyText()
			.contains("Pas de réponse possible");
		verify(this.inbox, org.mockito.Mockito.never()).reply(anyLong(), any(), any());
	}

}
