/**
 * English and Kirundi versions of the content's text fields (table {@code content_translation});
 * French stays in the content tables and is the reference.
 *
 * <p><b>How a content type joins</b> (see {@code programme/ProgrammeTranslations}):
 * <ol>
 * <li>In its feature package, a small {@code @Component} extending {@link TranslatableRecords}
 * (one constructor call): the audit log's name of the type, its fields ({@link TranslatableField#line},
 * {@link TranslatableField#text} with the French form's length limit, or
 * {@link TranslatableField#markdown}, each with the label key of its own form and its getter),
 * how to name, find one record and all of them, and its admin list (the edit URL is that list
 * and the id unless it overrides {@code editUrl}); an {@code @Order} places it in the
 * missing lists (programmes 10, projects 20, news 30, documents 40). Nothing else: the translation page
 * {@code /admin/traductions/{type}/{id}}, the missing lists and the audit come with it.</li>
 * <li>Its admin edit form shows the status box above the form:
 * {@code <div th:replace="~{admin/fragments/translations :: box(${record})}"></div>}
 * (nothing while the record is new).</li>
 * <li>Its public templates print each translatable field through {@code #tr}:
 * {@code th:lang="${#tr.lang(x, 'summary')}" th:text="${#tr.text(x, 'summary')}"} (Markdown:
 * {@code th:utext="${#markdown.html(#tr.text(x, 'summary'))}"}), in place of
 * {@code th:lang="${contentLang}" th:text="${x.summary}"}, and the page's title and
 * description (layout parameters) through {@code #tr.text} too.</li>
 * <li>Its audit wording: {@code admin.flash.saved.translation} is shared; the type needs its
 * {@code admin.audit.type.*} key (most have one already).</li>
 * </ol>
 * {@code #tr} reads every translation of a type in the visitor's language once per request
 * (one query, whatever the number of records on the page); a type or field that has not joined
 * yet simply shows the French, marked as such.
 */
package bi.ppsm.site.translation;
