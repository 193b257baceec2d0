package bi.ppsm.site.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import bi.ppsm.site.account.StaffRole;

import static bi.ppsm.site.account.StaffRole.ADMINISTRATOR;
import static bi.ppsm.site.account.StaffRole.EDITOR;
import static bi.ppsm.site.account.StaffRole.INBOX_HANDLER;
import static bi.ppsm.site.account.StaffRole.MEMBER_CONTRIBUTOR;

/**
 * Every POST of the site as the security suite knows it: who may send it, where its form is
 * shown, and what makes a valid submission to start from. {@code FormInventoryIT} fails when
 * the application maps a POST that is not listed here, so that no new form escapes the suite.
 */
final class Forms {

	/**
	 * A POST.
	 * @param pattern the mapping, with its {variables}
	 * @param role who sends it (null: a visitor)
	 * @param page where its form is shown (null: an action without fields, a button)
	 * @param baseline the page whose form gives a valid submission to start from (an edit
	 * form for a create form, so that hostile values reach the save)
	 * @param fixes values that make that submission valid and new (unique slug, e-mail...)
	 */
	record Form(String pattern, StaffRole role, String page, String baseline, Map<String, String> fixes) {

		boolean hasFields() {
			return this.page != null;
		}

		@Override
		public String toString() {
			return "POST " + this.pattern;
		}

	}

	static final String NEW_PASSWORD = "un tout autre mot de passe";

	static final List<Form> ALL = List.of(
			// public
			form("/contact", null, "/contact", "email", "ecrivain@exemple.bi", "subject", "SUPPORT", "message",
					"Bonjour, ceci est un message de test.", "token", "{contact-token}"),
			form("/login", null, "/login", "username", "{editor-login}", "password", Fixtures.PASSWORD),
			action("/logout", null),
			form("/login/mot-de-passe-oublie", null, "/login/mot-de-passe-oublie", "email", "{editor-login}"),
			form("/login/nouveau-mot-de-passe", null, "/login/nouveau-mot-de-passe?jeton={reset-token}", "password",
					NEW_PASSWORD, "confirmation", NEW_PASSWORD),
			form("/admin/mot-de-passe", EDITOR, "/admin/mot-de-passe", "current", Fixtures.PASSWORD, "password",
					NEW_PASSWORD, "confirmation", NEW_PASSWORD),
			// content
			create("/admin/programmes/nouveau", "/admin/programmes/{id}", "slug", "essai-securite"),
			form("/admin/programmes/{id}", EDITOR, null),
			// previews of the unsaved form, sent by its "Prévisualiser" button (formaction): nothing is saved
			new Form("/admin/programmes/nouveau/apercu", EDITOR, "/admin/programmes/nouveau", "/admin/programmes/{id}",
					fixes("slug", "essai-securite")),
			form("/admin/programmes/{id}/apercu", EDITOR, "/admin/programmes/{id}"),
			action("/admin/programmes/{id}/monter", EDITOR), action("/admin/programmes/{id}/descendre", EDITOR),
			action("/admin/programmes/{id}/supprimer", EDITOR),
			form("/admin/programmes/{programmeId}/objectifs", EDITOR, null, "text", "Un objectif de test"),
			form("/admin/programmes/{programmeId}/objectifs/{id}", EDITOR, null),
			action("/admin/programmes/{programmeId}/objectifs/{id}/monter", EDITOR),
			action("/admin/programmes/{programmeId}/objectifs/{id}/descendre", EDITOR),
			action("/admin/programmes/{programmeId}/objectifs/{id}/supprimer", EDITOR),
			create("/admin/projets/nouveau", "/admin/projets/{id}", "slug", "essai-securite"),
			form("/admin/projets/{id}", EDITOR, null), action("/admin/projets/{id}/supprimer", EDITOR),
			new Form("/admin/projets/nouveau/apercu", EDITOR, "/admin/projets/nouveau", "/admin/projets/{id}",
					fixes("slug", "essai-securite")),
			form("/admin/projets/{id}/apercu", EDITOR, "/admin/projets/{id}"),
			form("/admin/projets/{projectId}/phases", EDITOR, null, "name", "Phase de test"),
			form("/admin/projets/{projectId}/phases/{id}", EDITOR, null),
			action("/admin/projets/{projectId}/phases/{id}/monter", EDITOR),
			action("/admin/projets/{projectId}/phases/{id}/descendre", EDITOR),
			action("/admin/projets/{projectId}/phases/{id}/supprimer", EDITOR),
			create("/admin/actualites/nouveau", "/admin/actualites/{id}", "slug", "essai-securite"),
			form("/admin/actualites/{id}", EDITOR, null), action("/admin/actualites/{id}/supprimer", EDITOR),
			new Form("/admin/actualites/nouveau/apercu", EDITOR, "/admin/actualites/nouveau", "/admin/actualites/{id}",
					fixes("slug", "essai-securite")),
			form("/admin/actualites/{id}/apercu", EDITOR, "/admin/actualites/{id}"),
			// issue 15: budget lines of a project
			form("/admin/projets/{projectId}/budget", EDITOR, null, "amount", "1 000 000,00"),
			form("/admin/projets/{projectId}/budget/{id}", EDITOR, null),
			action("/admin/projets/{projectId}/budget/{id}/supprimer", EDITOR),
			create("/admin/resultats/nouveau", "/admin/resultats/{id}"), form("/admin/resultats/{id}", EDITOR, null),
			action("/admin/resultats/{id}/monter", EDITOR), action("/admin/resultats/{id}/descendre", EDITOR),
			action("/admin/resultats/{id}/supprimer", EDITOR),
			// issue 15: values of a key result per period
			form("/admin/resultats/{resultId}/periodes", EDITOR, null, "startYear", "2024", "targetValue", "100"),
			form("/admin/resultats/{resultId}/periodes/{id}", EDITOR, null),
			action("/admin/resultats/{resultId}/periodes/{id}/supprimer", EDITOR),
			create("/admin/organisations/nouveau", "/admin/organisations/{id}", "slug", "essai-securite"),
			form("/admin/organisations/{id}", EDITOR, null), action("/admin/organisations/{id}/supprimer", EDITOR),
			create("/admin/zones/nouveau", "/admin/zones/{id}", "slug", "essai-securite"),
			form("/admin/zones/{id}", EDITOR, null), action("/admin/zones/{id}/monter", EDITOR),
			action("/admin/zones/{id}/descendre", EDITOR), action("/admin/zones/{id}/supprimer", EDITOR),
			create("/admin/groupes-cibles/nouveau", "/admin/groupes-cibles/{id}"),
			form("/admin/groupes-cibles/{id}", EDITOR, null), action("/admin/groupes-cibles/{id}/monter", EDITOR),
			action("/admin/groupes-cibles/{id}/descendre", EDITOR),
			action("/admin/groupes-cibles/{id}/supprimer", EDITOR),
			create("/admin/services/nouveau", "/admin/services/{id}"), form("/admin/services/{id}", EDITOR, null),
			action("/admin/services/{id}/monter", EDITOR), action("/admin/services/{id}/descendre", EDITOR),
			action("/admin/services/{id}/supprimer", EDITOR),
			create("/admin/missions/nouveau", "/admin/missions/{id}"), form("/admin/missions/{id}", EDITOR, null),
			action("/admin/missions/{id}/monter", EDITOR), action("/admin/missions/{id}/descendre", EDITOR),
			action("/admin/missions/{id}/supprimer", EDITOR),
			create("/admin/perspectives/nouveau", "/admin/perspectives/{id}"),
			form("/admin/perspectives/{id}", EDITOR, null), action("/admin/perspectives/{id}/monter", EDITOR),
			action("/admin/perspectives/{id}/descendre", EDITOR), action("/admin/perspectives/{id}/supprimer", EDITOR),
			create("/admin/chiffres/nouveau", "/admin/chiffres/{id}"), form("/admin/chiffres/{id}", EDITOR, null),
			action("/admin/chiffres/{id}/monter", EDITOR), action("/admin/chiffres/{id}/descendre", EDITOR),
			action("/admin/chiffres/{id}/supprimer", EDITOR), form("/admin/parametres", EDITOR, null),
			// directory (issue 16): service points and the PPSM's branches
			create("/admin/points-de-service/nouveau", "/admin/points-de-service/{id}"),
			form("/admin/points-de-service/{id}", EDITOR, null), action("/admin/points-de-service/{id}/supprimer", EDITOR),
			create("/admin/antennes/nouveau", "/admin/antennes/{id}"), form("/admin/antennes/{id}", EDITOR, null),
			action("/admin/antennes/{id}/monter", EDITOR), action("/admin/antennes/{id}/descendre", EDITOR),
			action("/admin/antennes/{id}/supprimer", EDITOR),
			// revisions: the restore of a revision, confirmed on its own page (a hidden version only)
			new Form("/admin/revisions/{type}/{id}/{number}/restaurer", EDITOR,
					"/admin/revisions/{type}/{id}/{number}/restaurer", "/admin/revisions/{type}/{id}/{number}/restaurer",
					Map.of()),
			// member contributors (issue 16): proposals for their organisation's sheet and service points
			// (a new point starts from the edit form of the fixtures' point, of their organisation),
			// and the decisions of administrators and editors, from the page of a proposal
			form("/admin/ma-structure/fiche", MEMBER_CONTRIBUTOR, null),
			new Form("/admin/ma-structure/points-de-service/nouveau", MEMBER_CONTRIBUTOR,
					"/admin/ma-structure/points-de-service/nouveau", "/admin/ma-structure/points-de-service/{id}",
					fixes("version", "0")),
			form("/admin/ma-structure/points-de-service/{id}", MEMBER_CONTRIBUTOR, null),
			new Form("/admin/approbations/{id}/approuver", EDITOR, "/admin/approbations/{id}", "/admin/approbations/{id}",
					Map.of()),
			new Form("/admin/approbations/{id}/refuser", EDITOR, "/admin/approbations/{id}", "/admin/approbations/{id}",
					fixes("reason", "Adresse à vérifier")),
			// redirects: the add form is on the list page; a deletion is confirmed on its own page
			form("/admin/redirections", EDITOR, null, "source", "/ancien-site/essai-securite", "target", "/programmes"),
			action("/admin/redirections/{id}/supprimer", EDITOR),
			// documents: multipart forms; without a file, a save comes back with the French message
			create("/admin/documents/nouveau", "/admin/documents/{id}"), form("/admin/documents/{id}", EDITOR, null),
			action("/admin/documents/{id}/supprimer", EDITOR),
			// media library: the upload form is multipart; the suite sends its fields as text, so
			// every submission lacks a file and must get the French message on the form
			form("/admin/images/nouveau", EDITOR, "/admin/images/nouveau"), form("/admin/images/{id}", EDITOR, null),
			action("/admin/images/{id}/supprimer", EDITOR),
			// content translations: every translatable field of a record in English and Kirundi, one form
			form("/admin/traductions/{type}/{id}", EDITOR, null),
			// autosaved drafts, sent by the admin script (no form of their own)
			action("/admin/brouillons", EDITOR), action("/admin/brouillons/supprimer", EDITOR),
			// the live preview of the Markdown editor, sent by the admin script (nothing is saved)
			action("/admin/markdown/apercu", EDITOR),
			// accounts
			new Form("/admin/comptes/nouveau", ADMINISTRATOR, "/admin/comptes/nouveau", "/admin/comptes/{id}",
					fixes("email", "nouveau-compte@securite.test", "password", NEW_PASSWORD)),
			form("/admin/comptes/{id}", ADMINISTRATOR, null),
			// backups: "Sauvegarder maintenant", a button without fields
			action("/admin/sauvegardes", ADMINISTRATOR),
			// issue 18: the second factor. The second step of signing in shows its form only to someone
			// half signed in (anyone else is sent to the dashboard): its code field gets hostile values
			// in account/SecondFactorFullStackTests; the reset is a button of the account's page
			action("/admin/second-facteur", EDITOR),
			form("/admin/compte/second-facteur", EDITOR, null, "code", "123456"),
			form("/admin/compte/second-facteur/codes-de-secours", EDITOR, null, "code", "123456"),
			action("/admin/comptes/{id}/second-facteur", ADMINISTRATOR),
			// inbox
			new Form("/admin/messages/{id}/repondre", INBOX_HANDLER, "/admin/messages/{id}", "/admin/messages/{id}",
					fixes("reply", "Bonjour, voici notre réponse.")),
			new Form("/admin/messages/{id}/notes", INBOX_HANDLER, "/admin/messages/{id}", "/admin/messages/{id}",
					fixes("note", "Une note interne.")),
			new Form("/admin/messages/{id}/attribuer", INBOX_HANDLER, "/admin/messages/{id}", "/admin/messages/{id}", Map.of()),
			action("/admin/messages/{id}/indesirable", INBOX_HANDLER),
			action("/admin/messages/{id}/pas-indesirable", INBOX_HANDLER),
			action("/admin/messages/{id}/archiver", INBOX_HANDLER),
			action("/admin/messages/{id}/supprimer", INBOX_HANDLER),
			// a person's data on request (administrators only): the search form, then export and
			// erasure, whose forms appear only on the search's answer (their one field, the
			// address, is the search form's, attacked there)
			form("/admin/messages/personne", ADMINISTRATOR, "/admin/messages/personne", "email", "ecrivain@exemple.bi"),
			action("/admin/messages/personne/export", ADMINISTRATOR),
			action("/admin/messages/personne/effacer", ADMINISTRATOR));

	private Forms() {
	}

	static Map<String, Form> byPattern() {
		return ALL.stream().collect(Collectors.toMap(Form::pattern, f -> f, (a, b) -> a, LinkedHashMap::new));
	}

	static List<Form> withFields() {
		return ALL.stream().filter(Form::hasFields).toList();
	}

	/** A form shown at its own URL (null page) or at the given one. */
	private static Form form(String pattern, StaffRole role, String page, String... fixes) {
		String where = (page != null) ? page : pattern;
		return new Form(pattern, role, where, where, fixes(fixes));
	}

	/** A create form whose valid start is the edit form of an existing record. */
	private static Form create(String pattern, String editPage, String... fixes) {
		return new Form(pattern, EDITOR, pattern, editPage, fixes(fixes));
	}

	private static Form action(String pattern, StaffRole role) {
		return new Form(pattern, role, null, null, Map.of());
	}

	private static Map<String, String> fixes(String... pairs) {
		Map<String, String> fixes = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fixes.put(pairs[i], pairs[i + 1]);
		}
		return fixes;
	}

}
