package bi.ppsm.site.translation;

import java.util.function.Function;

/**
 * One text field of a content type that has English and Kirundi versions.
 *
 * @param name the entity's property ("summary"), also the {@code field} of content_translation
 * @param labelKey the message key of its label, as the content type's own form names it
 * @param kind how it is typed: one line, a plain long text, or Markdown
 * @param maxLength the most characters a translation may hold (as the French field allows)
 * @param french reads the French value from an entity
 */
public record TranslatableField<T>(String name, String labelKey, Kind kind, int maxLength, Function<T, String> french) {

	/** A long text without a limit of its own still has one, so that nothing unbounded is stored. */
	public static final int LONG_TEXT = 50_000;

	public static <T> TranslatableField<T> line(String name, String labelKey, int maxLength, Function<T, String> french) {
		return new TranslatableField<>(name, labelKey, Kind.LINE, maxLength, french);
	}

	public static <T> TranslatableField<T> text(String name, String labelKey, int maxLength, Function<T, String> french) {
		return new TranslatableField<>(name, labelKey, Kind.TEXT, maxLength, french);
	}

	public static <T> TranslatableField<T> markdown(String name, String labelKey, Function<T, String> french) {
		return new TranslatableField<>(name, labelKey, Kind.MARKDOWN, LONG_TEXT, french);
	}

	public static <T> TranslatableField<T> markdown(String name, String labelKey, int maxLength, Function<T, String> french) {
		return new TranslatableField<>(name, labelKey, Kind.MARKDOWN, maxLength, french);
	}

	public boolean isMarkdown() {
		return this.kind == Kind.MARKDOWN;
	}

	public boolean isLong() {
		return this.kind != Kind.LINE;
	}

	/** How the field is typed, which picks the widget of the translation form. */
	public enum Kind {

		LINE, TEXT, MARKDOWN

	}

}
