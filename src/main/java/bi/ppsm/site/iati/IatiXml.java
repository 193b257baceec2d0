package bi.ppsm.site.iati;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import bi.ppsm.site.iati.IatiExport.Entry;
import bi.ppsm.site.iati.IatiExport.Snapshot;
import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.organisation.Role;
import bi.ppsm.site.period.Period;
import bi.ppsm.site.programme.SectorShare;
import bi.ppsm.site.project.BudgetKind;
import bi.ppsm.site.project.BudgetLine;
import bi.ppsm.site.result.KeyResult;
import bi.ppsm.site.result.ResultPeriod;

/**
 * Writes the IATI 2.03 files as a stream (XMLStreamWriter), in the order the schema wants:
 * the activities file (the exported entries of a snapshot) and the organisation file.
 */
final class IatiXml {

	static final String VERSION = "2.03";

	static final String LANGUAGE = "fr";

	/** The currency of an activity without budget lines. */
	static final String DEFAULT_CURRENCY = "BIF";

	/** Burundi, in the ISO 3166 Country codelist. */
	static final String COUNTRY = "BI";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final XMLStreamWriter xml;

	private final Instant now;

	private IatiXml(XMLStreamWriter xml, Instant now) {
		this.xml = xml;
		this.now = now;
	}

	static void activities(Snapshot snapshot, Instant now, OutputStream out) throws XMLStreamException {
		Activities writer = beginActivities(snapshot, now, out);
		for (Entry e : snapshot.exported()) {
			writer.write(e);
		}
		writer.end();
	}

	/**
	 * An activities file written one activity at a time, as they are read: its header (the
	 * reporting organisation and the day of {@code header}, whose entries are not written), then
	 * each exported activity given to {@link Activities#write}, then {@link Activities#end}.
	 */
	static Activities beginActivities(Snapshot header, Instant now, OutputStream out) throws XMLStreamException {
		IatiXml writer = new IatiXml(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"), now);
		writer.xml.writeStartDocument("UTF-8", "1.0");
		writer.xml.writeStartElement("iati-activities");
		writer.xml.writeAttribute("version", VERSION);
		writer.xml.writeAttribute("generated-datetime", dateTime(now));
		return new Activities(writer, header);
	}

	/** The activities file being written. */
	static final class Activities {

		private final IatiXml writer;

		private final Snapshot header;

		private Activities(IatiXml writer, Snapshot header) {
			this.writer = writer;
			this.header = header;
		}

		void write(Entry e) throws XMLStreamException {
			this.writer.activity(this.header, e);
		}

		void end() throws XMLStreamException {
			this.writer.xml.writeEndElement();
			this.writer.xml.writeEndDocument();
			this.writer.xml.flush();
		}

	}

	static void organisation(Snapshot snapshot, Instant now, OutputStream out) throws XMLStreamException {
		IatiXml writer = new IatiXml(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"), now);
		writer.writeOrganisation(snapshot);
	}

	private void activity(Snapshot s, Entry e) throws XMLStreamException {
		Activity a = e.activity();
		List<BudgetLine> budgets = a.budgets()
			.stream()
			.filter(l -> l.getKind() == BudgetKind.TOTAL && IatiRules.budgetPeriodFits(l.getCoveredPeriod()))
			.toList();
		String currency = a.budgets().isEmpty() ? DEFAULT_CURRENCY : a.budgets().get(0).getCurrency();
		this.xml.writeStartElement("iati-activity");
		this.xml.writeAttribute("last-updated-datetime", dateTime((a.updatedAt() != null) ? a.updatedAt() : this.now));
		this.xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", LANGUAGE);
		this.xml.writeAttribute("default-currency", currency);
		this.xml.writeAttribute("hierarchy", String.valueOf(a.hierarchy()));
		text("iati-identifier", e.identifier());
		reportingOrg(s);
		this.xml.writeStartElement("title");
		narrative(a.title());
		this.xml.writeEndElement();
		this.xml.writeStartElement("description");
		this.xml.writeAttribute("type", "1");
		narrative((a.description() != null && !a.description().isBlank()) ? a.description() : a.title());
		this.xml.writeEndElement();
		participatingOrgs(s, a);
		String previous = a.previousOrganisation(s.organisation());
		if (previous != null) {
			// the identifier was frozen under an earlier organisation identifier: IATI's "previous reporting organisation" (B1)
			this.xml.writeStartElement("other-identifier");
			this.xml.writeAttribute("ref", previous);
			this.xml.writeAttribute("type", "B1");
			this.xml.writeEndElement();
		}
		this.xml.writeEmptyElement("activity-status");
		this.xml.writeAttribute("code", a.status());
		dates(a);
		this.xml.writeEmptyElement("recipient-country");
		this.xml.writeAttribute("code", COUNTRY);
		this.xml.writeAttribute("percentage", "100");
		for (SectorShare sector : a.sectors()) {
			this.xml.writeEmptyElement("sector");
			this.xml.writeAttribute("vocabulary", "1");
			this.xml.writeAttribute("code", sector.getCode());
			this.xml.writeAttribute("percentage", decimal((sector.getPercentage() != null) ? sector.getPercentage()
					: BigDecimal.valueOf(100)));
		}
		for (BudgetLine line : budgets) {
			budget(line);
		}
		for (BudgetLine line : a.budgets()) {
			if (line.getKind() != BudgetKind.TOTAL && IatiRules.transactionFits(line, s.today())) {
				transaction(s, line);
			}
		}
		if (e.parent() != null) {
			relatedActivity(e.parent(), "1");
		}
		for (String child : e.children()) {
			relatedActivity(child, "2");
		}
		for (KeyResult r : e.results()) {
			if (r.isQuantitative()) {
				result(r, s.today());
			}
		}
		this.xml.writeEndElement();
	}

	/**
	 * A quantitative key result as a result with one indicator measured in units (1): its
	 * baselines when known (its own, each period's in the year the period starts), then its
	 * headline target and actual values over its own period when it has dated one, then one
	 * period per dated period row.
	 */
	private void result(KeyResult r, LocalDate today) throws XMLStreamException {
		this.xml.writeStartElement("result");
		this.xml.writeAttribute("type", (r.getResultType() != null) ? r.getResultType() : "9");
		this.xml.writeAttribute("aggregation-status", "0");
		this.xml.writeStartElement("title");
		narrative(r.getStatement());
		this.xml.writeEndElement();
		this.xml.writeStartElement("indicator");
		this.xml.writeAttribute("measure", "1");
		this.xml.writeAttribute("ascending", "1");
		this.xml.writeStartElement("title");
		narrative((r.getUnit() != null && !r.getUnit().isBlank()) ? r.getStatement() + " (" + r.getUnit().strip() + ")"
				: r.getStatement());
		this.xml.writeEndElement();
		if (r.getBaselineValue() != null && r.getBaselineYear() != null) {
			baseline(r.getBaselineYear(), r.getBaselineValue());
		}
		for (ResultPeriod p : r.getPeriods()) {
			if (p.getBaselineValue() != null && p.getPeriod().getStart() != null) {
				baseline(p.getPeriod().getStart().getYear(), p.getBaselineValue());
			}
		}
		Period headline = r.getPeriod();
		if (IatiRules.resultPeriodFits(headline) && (r.getExpectedValue() != null || r.getAchievedValue() != null)) {
			period(headline, r.getExpectedValue(), r.getAchievedValue(), today);
		}
		for (ResultPeriod p : r.getPeriods()) {
			if (IatiRules.resultPeriodFits(p.getPeriod()) && (p.getTargetValue() != null || p.getActualValue() != null)) {
				period(p.getPeriod(), p.getTargetValue(), p.getActualValue(), today);
			}
		}
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

	private void baseline(int year, BigDecimal value) throws XMLStreamException {
		this.xml.writeEmptyElement("baseline");
		this.xml.writeAttribute("year", String.valueOf(year));
		this.xml.writeAttribute("value", decimal(value));
	}

	/**
	 * One period of an indicator: its start and last day, the target and the actual values as
	 * numbers; no actual value for a period that has not started yet.
	 */
	private void period(Period period, BigDecimal target, BigDecimal actual, LocalDate today) throws XMLStreamException {
		this.xml.writeStartElement("period");
		this.xml.writeEmptyElement("period-start");
		this.xml.writeAttribute("iso-date", period.getStart().toString());
		this.xml.writeEmptyElement("period-end");
		this.xml.writeAttribute("iso-date", IatiRules.lastDay(period.getEnd(), period.getEndPrecision()).toString());
		if (target != null) {
			this.xml.writeEmptyElement("target");
			this.xml.writeAttribute("value", decimal(target));
		}
		if (actual != null && !period.getStart().isAfter(today)) {
			this.xml.writeEmptyElement("actual");
			this.xml.writeAttribute("value", decimal(actual));
		}
		this.xml.writeEndElement();
	}

	private void reportingOrg(Snapshot s) throws XMLStreamException {
		this.xml.writeStartElement("reporting-org");
		this.xml.writeAttribute("ref", s.organisation());
		this.xml.writeAttribute("type", s.organisationType());
		narrative(s.organisationName());
		this.xml.writeEndElement();
	}

	/** Funders (1), accountable (2), extending (3), implementing partners (4); the PPSM implements every activity. */
	private void participatingOrgs(Snapshot s, Activity a) throws XMLStreamException {
		boolean selfImplements = false;
		for (Role role : List.of(Role.FUNDER, Role.ACCOUNTABLE, Role.EXTENDING, Role.PARTNER)) {
			for (Involvement i : a.organisations()) {
				if (i.getRole() != role) {
					continue;
				}
				boolean self = i.getOrganisation().isSelf();
				selfImplements |= self && role == Role.PARTNER;
				participatingOrg(role.iatiCode(), self ? s.organisation() : null, self ? s.organisationType() : null,
						i.getOrganisation().getName());
			}
		}
		if (!selfImplements) {
			participatingOrg(Role.PARTNER.iatiCode(), s.organisation(), s.organisationType(), s.organisationName());
		}
	}

	private void participatingOrg(String role, String ref, String type, String name) throws XMLStreamException {
		this.xml.writeStartElement("participating-org");
		if (ref != null) {
			this.xml.writeAttribute("ref", ref);
		}
		this.xml.writeAttribute("role", role);
		if (type != null) {
			this.xml.writeAttribute("type", type);
		}
		narrative(name);
		this.xml.writeEndElement();
	}

	/** Planned start (1), actual start (2), planned end (3), actual end (4); an end of "2025" is its last day. */
	private void dates(Activity a) throws XMLStreamException {
		Period planned = a.planned();
		Period actual = a.actual();
		date("1", planned.getStart());
		date("2", actual.getStart());
		date("3", (planned.getEnd() != null) ? IatiRules.lastDay(planned.getEnd(), planned.getEndPrecision()) : null);
		date("4", (actual.getEnd() != null) ? IatiRules.lastDay(actual.getEnd(), actual.getEndPrecision()) : null);
	}

	private void date(String type, LocalDate date) throws XMLStreamException {
		if (date != null) {
			this.xml.writeEmptyElement("activity-date");
			this.xml.writeAttribute("type", type);
			this.xml.writeAttribute("iso-date", date.toString());
		}
	}

	/** An original (1), indicative (1) budget of at most one year. */
	private void budget(BudgetLine line) throws XMLStreamException {
		Period period = line.getCoveredPeriod();
		this.xml.writeStartElement("budget");
		this.xml.writeAttribute("type", "1");
		this.xml.writeAttribute("status", "1");
		this.xml.writeEmptyElement("period-start");
		this.xml.writeAttribute("iso-date", period.getStart().toString());
		this.xml.writeEmptyElement("period-end");
		this.xml.writeAttribute("iso-date", IatiRules.lastDay(period.getEnd(), period.getEndPrecision()).toString());
		this.xml.writeStartElement("value");
		this.xml.writeAttribute("currency", line.getCurrency());
		this.xml.writeAttribute("value-date", period.getStart().toString());
		this.xml.writeCharacters(decimal(line.getAmount()));
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

	/**
	 * A funder's share as an incoming commitment (11), what was disbursed to the PPSM as
	 * incoming funds (1): provided by the line's funder, received by the PPSM.
	 */
	private void transaction(Snapshot s, BudgetLine line) throws XMLStreamException {
		String date = IatiRules.transactionDate(line).toString();
		this.xml.writeStartElement("transaction");
		this.xml.writeEmptyElement("transaction-type");
		this.xml.writeAttribute("code", IatiRules.transactionType(line.getKind()));
		this.xml.writeEmptyElement("transaction-date");
		this.xml.writeAttribute("iso-date", date);
		this.xml.writeStartElement("value");
		this.xml.writeAttribute("currency", line.getCurrency());
		this.xml.writeAttribute("value-date", date);
		this.xml.writeCharacters(decimal(line.getAmount()));
		this.xml.writeEndElement();
		this.xml.writeStartElement("provider-org");
		if (line.getFunder().isSelf()) {
			this.xml.writeAttribute("ref", s.organisation());
			this.xml.writeAttribute("type", s.organisationType());
		}
		narrative(line.getFunder().getName());
		this.xml.writeEndElement();
		this.xml.writeStartElement("receiver-org");
		this.xml.writeAttribute("ref", s.organisation());
		this.xml.writeAttribute("type", s.organisationType());
		narrative(s.organisationName());
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

	private void relatedActivity(String ref, String type) throws XMLStreamException {
		this.xml.writeEmptyElement("related-activity");
		this.xml.writeAttribute("ref", ref);
		this.xml.writeAttribute("type", type);
	}

	private void writeOrganisation(Snapshot s) throws XMLStreamException {
		this.xml.writeStartDocument("UTF-8", "1.0");
		this.xml.writeStartElement("iati-organisations");
		this.xml.writeAttribute("version", VERSION);
		this.xml.writeAttribute("generated-datetime", dateTime(this.now));
		this.xml.writeStartElement("iati-organisation");
		this.xml.writeAttribute("last-updated-datetime", dateTime(this.now));
		this.xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", LANGUAGE);
		this.xml.writeAttribute("default-currency", DEFAULT_CURRENCY);
		text("organisation-identifier", s.organisation());
		this.xml.writeStartElement("name");
		narrative(s.organisationName());
		this.xml.writeEndElement();
		reportingOrg(s);
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		this.xml.writeEndDocument();
		this.xml.flush();
	}

	private void text(String element, String value) throws XMLStreamException {
		this.xml.writeStartElement(element);
		this.xml.writeCharacters(value);
		this.xml.writeEndElement();
	}

	private void narrative(String value) throws XMLStreamException {
		text("narrative", value);
	}

	private static String decimal(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String dateTime(Instant instant) {
		return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

}
