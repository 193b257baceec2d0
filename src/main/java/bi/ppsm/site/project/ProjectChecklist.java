package bi.ppsm.site.project;

import java.util.List;

/**
 * What a project still lacks to be published as open data ("Prêt pour IATI"), shown on its edit
 * page. Implemented by the IATI export, which depends on projects and not the other way round.
 */
public interface ProjectChecklist {

	List<Item> check(Project project);

	/**
	 * One thing missing or wrong.
	 * @param code its message, under {@code admin.iati.check.}
	 * @param args the arguments of the message
	 * @param blocking whether it keeps the project out of the file (else it is only a remark)
	 */
	record Item(String code, List<String> args, boolean blocking) {

		public Object[] arguments() {
			return this.args.toArray();
		}

	}

}
