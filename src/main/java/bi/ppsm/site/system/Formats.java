package bi.ppsm.site.system;

import java.math.BigDecimal;
import java.text.NumberFormat;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Numbers as a reader of the page's language writes them ("5 953", "12 000 000"). */
@Component("formats")
public class Formats {

	public String number(Number value) {
		if (value == null) {
			return "";
		}
		Number plain = (value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros() : value;
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(2);
		return format.format(plain);
	}

}
