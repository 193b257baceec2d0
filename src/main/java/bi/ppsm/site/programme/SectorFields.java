package bi.ppsm.site.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import bi.ppsm.site.codelist.Codelists;

/**
 * The sector rows of a form: a DAC 5-digit code from IATI's Sector codelist and a share in
 * percent each. Blank rows are ignored; with several sectors every share is given and they add
 * up to 100 (IATI's rule); a single sector may omit its share (100 %).
 */
@Component
public class SectorFields {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Codelists codelists;

	SectorFields(Codelists codelists) {
		this.codelists = codelists;
	}

	/** The choices of the sector rows: the PPSM's usual sectors, then the others, and the number of rows. */
	public void addOptions(org.springframework.ui.Model model, int rows) {
		model.addAttribute("usualSectors", this.codelists.sectors().only(Codelists.USUAL_SECTORS));
		model.addAttribute("otherSectors", this.codelists.sectors().without(Codelists.USUAL_SECTORS));
		model.addAttribute("sectorRows", rows);
	}

	/** Each problem as an error on the form's {@code sectors} field. */
	public void check(List<String> codes, List<String> shares, Errors errors) {
		Set<String> seen = new HashSet<>();
		BigDecimal sum = BigDecimal.ZERO;
		int count = 0;
		boolean allShares = true;
		for (int i = 0; i < codes.size(); i++) {
			String code = blankToNull(codes.get(i));
			String share = blankToNull((i < shares.size()) ? shares.get(i) : null);
			if (code == null && share == null) {
				continue;
			}
			if (code == null) {
				reject(errors, "sectorMissing");
				return;
			}
			if (!this.codelists.sectors().contains(code)) {
				reject(errors, "sectorUnknown", code);
				return;
			}
			if (!seen.add(code)) {
				reject(errors, "sectorTwice", code);
				return;
			}
			count++;
			if (share == null) {
				allShares = false;
				continue;
			}
			BigDecimal value = percentage(share);
			if (value == null) {
				reject(errors, "sectorShare");
				return;
			}
			sum = sum.add(value);
		}
		if ((count > 1 && !allShares) || (count >= 1 && allShares && sum.compareTo(HUNDRED) != 0)) {
			reject(errors, "sectorSum", sum.stripTrailingZeros().toPlainString());
		}
	}

	/** An error on the {@code sectors} field; a global one when the form could not even be bound (no target to hold it). */
	private static void reject(Errors errors, String code, Object... args) {
		if (errors instanceof org.springframework.validation.BindingResult result && result.getTarget() == null) {
			errors.reject(code, args, null);
		}
		else {
			errors.rejectValue("sectors", code, args, null);
		}
	}

	/** The shares the rows make, once checked: blank rows left out, a single sector without share at 100 %. */
	public static List<SectorShare> shares(List<String> codes, List<String> shares) {
		List<SectorShare> result = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = blankToNull(codes.get(i));
			if (code != null) {
				String share = blankToNull((i < shares.size()) ? shares.get(i) : null);
				result.add(new SectorShare(code, (share != null) ? percentage(share) : null));
			}
		}
		if (result.size() == 1 && result.get(0).getPercentage() == null) {
			return List.of(new SectorShare(result.get(0).getCode(), HUNDRED));
		}
		return result;
	}

	/** Replaces the sectors when they differ (a proposed sector saved by staff becomes theirs); tells whether it did. */
	public static boolean replace(List<SectorShare> current, List<SectorShare> chosen) {
		boolean same = current.size() == chosen.size() && current.stream().noneMatch(SectorShare::isProposed);
		for (int i = 0; same && i < current.size(); i++) {
			same = current.get(i).sameAs(chosen.get(i));
		}
		if (same) {
			return false;
		}
		current.clear();
		current.addAll(chosen);
		return true;
	}

	/** Exactly {@code count} rows: the values, then blanks (more are cut: the form never shows them). */
	public static List<String> rows(List<String> values, int count) {
		List<String> rows = new ArrayList<>((values != null) ? values : List.of());
		while (rows.size() < count) {
			rows.add(null);
		}
		return new ArrayList<>(rows.subList(0, count));
	}

	public static List<String> codes(List<SectorShare> sectors) {
		return sectors.stream().map(SectorShare::getCode).toList();
	}

	public static List<String> percentages(List<SectorShare> sectors) {
		return sectors.stream()
			.map(s -> (s.getPercentage() != null) ? s.getPercentage().stripTrailingZeros().toPlainString() : null)
			.toList();
	}

	/** Whether the sectors are only the site's proposal and the form leaves them as proposed. */
	public static boolean keepsProposal(List<SectorShare> current, List<SectorShare> chosen) {
		if (current.isEmpty() || !current.stream().allMatch(SectorShare::isProposed) || current.size() != chosen.size()) {
			return false;
		}
		for (int i = 0; i < current.size(); i++) {
			if (!current.get(i).sameAs(chosen.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** A share written "40", "33,5" or "33.5 %", between 0 (excluded) and 100, else null. */
	static BigDecimal percentage(String text) {
		String cleaned = text.replace('\u00a0', ' ').replace("%", "").strip().replace(',', '.');
		if (!cleaned.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
			return null;
		}
		BigDecimal value = new BigDecimal(cleaned);
		return (value.signum() > 0 && value.compareTo(HUNDRED) <= 0) ? value : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
