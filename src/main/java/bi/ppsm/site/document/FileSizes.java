package bi.ppsm.site.document;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A document's type and size as visitors read them: "PDF, 1,2 Mo", "DOCX, 350 Ko". */
@Component("fileSizes")
public class FileSizes {

	private final MessageSource messages;

	FileSizes(MessageSource messages) {
		this.messages = messages;
	}

	public String label(Document document) {
		return document.getFileType().name() + ", " + size(document.getSizeBytes());
	}

	public String size(long bytes) {
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		if (bytes >= 1024L * 1024) {
			format.setMaximumFractionDigits(1);
			format.setMinimumFractionDigits(0);
			double mega = Math.round(bytes * 10.0 / (1024 * 1024)) / 10.0;
			return this.messages.getMessage("document.size.mega", new Object[] { format.format(mega) }, locale);
		}
		long kilo = Math.max(1, Math.round(bytes / 1024.0));
		return this.messages.getMessage("document.size.kilo", new Object[] { format.format(kilo) }, locale);
	}

}
