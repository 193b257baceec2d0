package bi.ppsm.site.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;

import bi.ppsm.site.codelist.Codelists;
import bi.ppsm.site.organisation.Involvement;
import bi.ppsm.site.period.DatePrecision;
import bi.ppsm.site.programme.SectorShare;
import bi.ppsm.site.project.BudgetKind;
import bi.ppsm.site.project.BudgetLine;
import bi.ppsm.site.project.Project;
import bi.ppsm.site.project.ProjectRepository;
import bi.ppsm.site.result.KeyResult;
import bi.ppsm.site.result.KeyResultRepository;
import bi.ppsm.site.result.ResultPeriod;

/**
 * Spreadsheets for donor reports (staff only): the projects with their key facts, and the key
 * results with baseline, target and actual values. Columns are in French, amounts and values
 * in French decimals without grouping (so that Excel reads them as numbers), dates as the
 * precision known ("2020", "2020-04", "2020-04-01").
 */
@Controller
class ReportExportController {

	private final ProjectRepository projects;

	private final KeyResultRepository results;

	private final Codelists codelists;

	ReportExportController(ProjectRepository projects, KeyResultRepository results, Codelists codelists) {
		this.projects = projects;
		this.results = results;
		this.codelists = codelists;
	}

	@GetMapping("/admin/exports/projets.csv")
	@Transactional(readOnly = true)
	void projects(HttpServletResponse response) throws IOException {
		Csv csv = new Csv(download(response, "projets.csv")).row(List.of("Code", "Nom court", "Nom", "Programme", "Statut", "Publié", "Secteurs (CAD)",
				"Bailleurs", "Partenaires", "Zones", "Début prévu", "Fin prévue", "Début effectif", "Fin effective",
				"Budget total", "Décaissé à ce jour", "Identifiant IATI", "Page"));
		for (Project p : this.projects.findAllByOrderByNameAsc()) {
			csv.row(List.of(text(p.getCode()), text(p.getShortName()), p.getName(), p.getProgramme().getName(),
					status(p), p.isPublished() ? "oui" : "non", sectors(p.getSectors()),
					names(p.getFunders()), names(p.getPartners()),
					p.getZones().stream().map(z -> z.getName()).collect(Collectors.joining(", ")),
					date(p.getPeriod().getStart(), p.getPeriod().getStartPrecision()),
					date(p.getPeriod().getEnd(), p.getPeriod().getEndPrecision()),
					date(p.getActualPeriod().getStart(), p.getActualPeriod().getStartPrecision()),
					date(p.getActualPeriod().getEnd(), p.getActualPeriod().getEndPrecision()),
					sums(p.getBudgetLines(), BudgetKind.TOTAL), sums(p.getBudgetLines(), BudgetKind.DISBURSED),
					text(p.getIatiIdentifier()), "/projets/" + p.getSlug()));
		}
		response.getWriter().flush();
	}

	@GetMapping("/admin/exports/resultats.csv")
	@Transactional(readOnly = true)
	void results(HttpServletResponse response) throws IOException {
		Csv csv = new Csv(download(response, "resultats.csv")).row(List.of("Programme", "Projet", "Thème", "Résultat", "Type", "Unité", "Valeur de départ",
				"Année de départ", "Valeur attendue", "Valeur atteinte", "Pourcentage", "Début de la période",
				"Fin de la période", "Libellé de la période", "Commentaire"));
		List<KeyResult> all = new ArrayList<>(this.results.findAll());
		all.sort((a, b) -> {
			int byProgramme = Integer.compare(a.getProgramme().getPosition(), b.getProgramme().getPosition());
			return (byProgramme != 0) ? byProgramme : Integer.compare(a.getPosition(), b.getPosition());
		});
		// one line for the result's headline figures, then one per period with that period's values
		for (KeyResult r : all) {
			List<String> result = List.of(r.getProgramme().getName(),
					(r.getProject() != null) ? r.getProject().getName() : "", text(r.getTheme()), r.getStatement(),
					(r.getResultType() != null) ? this.codelists.get(Codelists.RESULT_TYPE).label(r.getResultType()) : "",
					text(r.getUnit()));
			csv.row(concat(result, List.of(number(r.getBaselineValue()),
					(r.getBaselineYear() != null) ? String.valueOf(r.getBaselineYear()) : "", number(r.getExpectedValue()),
					number(r.getAchievedValue()), (r.getPercent() != null) ? String.valueOf(r.getPercent()) : "",
					date(r.getPeriod().getStart(), r.getPeriod().getStartPrecision()),
					date(r.getPeriod().getEnd(), r.getPeriod().getEndPrecision()), "", "")));
			for (ResultPeriod p : r.getPeriods()) {
				csv.row(concat(result, List.of(number(p.getBaselineValue()), "", number(p.getTargetValue()),
						number(p.getActualValue()), (p.getPercent() != null) ? String.valueOf(p.getPercent()) : "",
						date(p.getPeriod().getStart(), p.getPeriod().getStartPrecision()),
						date(p.getPeriod().getEnd(), p.getPeriod().getEndPrecision()), text(p.getLabel()),
						text(p.getComment()))));
			}
		}
		response.getWriter().flush();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static String status(Project p) {
		return switch (p.getStatus()) {
			case PLANNED -> "Prévu";
			case ONGOING -> "En cours";
			case FINISHED -> "Terminé";
		};
	}

	private String sectors(List<SectorShare> sectors) {
		return sectors.stream()
			.map(s -> s.getCode() + " " + this.codelists.sectors().label(s.getCode())
					+ ((s.getPercentage() != null) ? " (" + number(s.getPercentage()) + " %)" : ""))
			.collect(Collectors.joining(", "));
	}

	private static String names(List<Involvement> involvements) {
		return involvements.stream().map(i -> i.getOrganisation().getLabel()).collect(Collectors.joining(", "));
	}

	/** The lines of one kind summed by currency: "15279230,00 EUR | 1500000 BIF". */
	private static String sums(List<BudgetLine> lines, BudgetKind kind) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		lines.stream().filter(l -> l.getKind() == kind).forEach(l -> sums.merge(l.getCurrency(), l.getAmount(), BigDecimal::add));
		return sums.entrySet().stream().map(e -> number(e.getValue()) + " " + e.getKey()).collect(Collectors.joining(" | "));
	}

	private static String number(BigDecimal value) {
		return (value == null) ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private static String date(LocalDate date, DatePrecision precision) {
		if (date == null) {
			return "";
		}
		String iso = date.toString();
		return switch ((precision != null) ? precision : DatePrecision.DAY) {
			case YEAR -> iso.substring(0, 4);
			case MONTH -> iso.substring(0, 7);
			case DAY -> iso;
		};
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	/** Starts a CSV download, written row by row as the records are read. */
	private static Writer download(HttpServletResponse response, String name) throws IOException {
		response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		return response.getWriter();
	}

}
