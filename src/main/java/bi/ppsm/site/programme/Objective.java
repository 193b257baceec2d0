package bi.ppsm.site.programme;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** An objective of a programme; a general objective may carry specific ones. */
@Entity
public class Objective {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id")
	private Programme programme;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Objective parent;

	@OneToMany(mappedBy = "parent")
	@OrderBy("position")
	private List<Objective> children = new ArrayList<>();

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private int position;

	protected Objective() {
	}

	public Objective(Programme programme, Objective parent, String text, int position) {
		this.programme = programme;
		this.parent = parent;
		this.text = text;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public Programme getProgramme() {
		return this.programme;
	}

	public Objective getParent() {
		return this.parent;
	}

	public List<Objective> getChildren() {
		return this.children;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

}
