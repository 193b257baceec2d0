package bi.ppsm.site.contact;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRepository extends JpaRepository<MessageNote, Long> {

	List<MessageNote> findByMessageIdOrderByCreatedAtAsc(Long messageId);

}
