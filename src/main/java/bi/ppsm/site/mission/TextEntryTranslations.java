package bi.ppsm.site.mission;

import java.util.List;

import bi.ppsm.site.translation.TranslatableField;
import bi.ppsm.site.translation.TranslatableRecords;

/** The one text of a mission or a perspective has English and Kirundi versions. */
abstract class TextEntryTranslations<T extends TextEntry> extends TranslatableRecords<T> {

	TextEntryTranslations(TextEntryRepository<T> entries, String name, String labelKey, Class<T> entityClass,
			String base) {
		super(name, labelKey, entityClass, base,
				List.of(TranslatableField.text("text", "admin.text.text", 1000, TextEntry::getText)), TextEntry::getId,
				TextEntry::getText, entries::findById, entries::findAllByOrderByPosition);
	}

}
