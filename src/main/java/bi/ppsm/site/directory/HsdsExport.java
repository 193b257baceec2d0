package bi.ppsm.site.directory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.OrganisationRepository;

/**
 * The directory as Open Referral HSDS 3.0 objects: each published service point is a service
 * (with its organisation, phone, schedule, languages, kinds as taxonomy terms, its area, and one
 * service_at_location with its location). Ids are UUIDs: the record's own, stored once; those of
 * the objects made from a record (its phone, its location...) are derived from it by name, so
 * they stay the same from one export to the next. Burundi has no postal codes: a location has its
 * landmark address as description and its coordinates when known, never an invented address.
 * Drafts are never exported.
 */
@Component
@Transactional(readOnly = true)
class HsdsExport {

	static final String TAXONOMY = "PPSM - MHPSS (IASC)";

	/** Records (service points, organisations) read at a time for the HSDS files. */
	static final int BATCH = 100;

	private static final Locale FRENCH = Locale.FRENCH;

	private final OrganisationRepository organisations;

	private final MessageSource messages;

	private final ServicePointRepository pointRepository;

	private final EntityManager entityManager;

	HsdsExport(OrganisationRepository organisations, MessageSource messages,
			ServicePointRepository pointRepository, EntityManager entityManager) {
		this.organisations = organisations;
		this.messages = messages;
		this.pointRepository = pointRepository;
		this.entityManager = entityManager;
	}

	/**
	 * The services as an HSDS page, written one service at a time: their ids are read first (by
	 * name), then the points in batches of {@link #BATCH}, each batch let go once written, so
	 * only one batch is ever held, not the whole file (a large directory is megabytes of JSON).
	 * One snapshot of the database for the ids and every batch (repeatable read).
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	void writeServices(OutputStream out, ObjectMapper json) throws IOException {
		List<Long> ids = this.pointRepository.publishedIds();
		IntFunction<ServicePoint> points = inBatches(ids, this.pointRepository::findWithOrganisationByIdIn,
				ServicePoint::getId);
		writePage(out, json, ids.size(), i -> service(points.apply(i)));
	}

	/**
	 * The organisations of the published service points, then the members, once each, as an
	 * HSDS page written one organisation at a time: their ids are read first, then the
	 * organisations in batches of {@link #BATCH}, each batch let go once written.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	void writeOrganizations(OutputStream out, ObjectMapper json) throws IOException {
		List<Long> ids = this.pointRepository.hsdsOrganisationIds();
		IntFunction<Organisation> organisations = inBatches(ids, this.organisations::findAllById, Organisation::getId);
		writePage(out, json, ids.size(), i -> organization(organisations.apply(i)));
	}

	/**
	 * The {@code i}th record of {@code ids}, asked for in order: at each multiple of
	 * {@link #BATCH} the persistence context is emptied and the next batch loaded.
	 */
	private <T> IntFunction<T> inBatches(List<Long> ids, Function<List<Long>, List<T>> load, Function<T, Long> id) {
		Map<Long, T> batch = new HashMap<>();
		return i -> {
			if (i % BATCH == 0) {
				this.entityManager.clear();
				batch.clear();
				load.apply(ids.subList(i, Math.min(ids.size(), i + BATCH))).forEach(r -> batch.put(id.apply(r), r));
			}
			return batch.get(ids.get(i));
		};
	}

	/** An HSDS page of {@code count} objects, the {@code i}th given by {@code content}, written one at a time. */
	private static void writePage(OutputStream out, ObjectMapper json, int count,
			IntFunction<Map<String, Object>> content) throws IOException {
		Map<String, Object> page = page(List.of());
		page.put("total_items", count);
		page.put("size", count);
		page.put("empty", count == 0);
		page.remove("contents");
		byte[] head = json.writeValueAsBytes(page);
		// the page's fields, then "contents" as its last one
		out.write(head, 0, head.length - 1);
		out.write(",\"contents\":[".getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(json.writeValueAsBytes(content.apply(i)));
		}
		out.write("]}".getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	Map<String, Object> service(ServicePoint p) {
		String id = p.getUuid().toString();
		Json s = new Json().put("id", id)
			.put("organization_id", p.getOrganisation().getUuid().toString())
			.put("name", p.getName())
			.put("description", p.getDescription())
			.put("email", p.getEmail())
			.put("status", "active")
			.put("application_process", label(p.isReferralNeeded() ? "directory.referral.needed" : "directory.referral.none"))
			.put("fees_description", label(p.isFree() ? "directory.free" : "directory.paid"))
			.put("eligibility_description", p.getAudienceList().isEmpty() ? null
					: p.getAudienceList().stream().map(a -> label("directory.audience." + a.name())).collect(Collectors.joining(", ")))
			.put("assured_date", (p.getVerifiedOn() != null) ? p.getVerifiedOn().toString() : null)
			.put("last_modified", (p.getUpdatedAt() != null)
					? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(p.getUpdatedAt().atOffset(ZoneOffset.UTC)) : null)
			.put("organization", organization(p.getOrganisation()))
			.put("phones", phones(p, id))
			.put("schedules", schedules(p, id))
			.put("service_areas", List.of(new Json().put("id", derived(id, "service_area"))
				.put("service_id", id)
				.put("name", p.getPlace())
				.put("extent_type", "other")
				.map()))
			.put("languages", languages(p, id))
			.put("attributes", p.getServiceKinds().stream().map(k -> attribute(k, id)).toList())
			.put("service_at_locations", List.of(serviceAtLocation(p, id)));
		return s.map();
	}

	Map<String, Object> organization(Organisation o) {
		String description = (o.getDescription() != null && !o.getDescription().isBlank()) ? o.getDescription()
				: o.getName();
		return new Json().put("id", o.getUuid().toString())
			.put("name", o.getName())
			.put("alternate_name", o.getAcronym())
			.put("description", description)
			.put("email", o.getContactEmail())
			.put("website", o.getWebsite())
			.put("parent_organization_id", (o.getParent() != null) ? o.getParent().getUuid().toString() : null)
			.put("phones", (o.getContactPhone() == null) ? null
					: List.of(new Json().put("id", derived(o.getUuid().toString(), "phone"))
						.put("organization_id", o.getUuid().toString())
						.put("number", o.getContactPhone())
						.map()))
			.map();
	}

	private List<Map<String, Object>> phones(ServicePoint p, String id) {
		if (p.getPhone() == null) {
			return List.of();
		}
		return List.of(new Json().put("id", derived(id, "phone")).put("service_id", id).put("number", p.getPhone()).map());
	}

	private List<Map<String, Object>> schedules(ServicePoint p, String id) {
		if (p.getOpeningHours() == null && p.getOpenDayList().isEmpty() && p.getOpensAt() == null) {
			return List.of();
		}
		Json schedule = new Json().put("id", derived(id, "schedule")).put("service_id", id);
		if (!p.getOpenDayList().isEmpty()) {
			schedule.put("freq", "WEEKLY")
				.put("wkst", "MO")
				.put("byday", p.getOpenDayList().stream().map(Enum::name).collect(Collectors.joining(",")));
		}
		return List.of(schedule.put("opens_at", (p.getOpensAt() != null) ? p.getOpensAt().toString() : null)
			.put("closes_at", (p.getClosesAt() != null) ? p.getClosesAt().toString() : null)
			.put("description", p.getOpeningHours())
			.map());
	}

	private List<Map<String, Object>> languages(ServicePoint p, String id) {
		return p.getLanguageList()
			.stream()
			.map(l -> new Json().put("id", derived(id, "language-" + l.code()))
				.put("service_id", id)
				.put("name", label("directory.language." + l.name()))
				.put("code", l.code())
				.map())
			.toList();
	}

	private Map<String, Object> attribute(ServiceKind kind, String id) {
		String term = UUID.nameUUIDFromBytes(("ppsm-service-kind:" + kind.name()).getBytes(StandardCharsets.UTF_8))
			.toString();
		return new Json().put("id", derived(id, "attribute-" + kind.name()))
			.put("link_id", id)
			.put("taxonomy_term_id", term)
			.put("link_type", "service")
			.put("link_entity", "service")
			.put("taxonomy_term", new Json().put("id", term)
				.put("code", kind.name())
				.put("name", label("directory.service." + kind.name()))
				.put("description", label("directory.service." + kind.name()))
				.put("taxonomy", TAXONOMY)
				.put("language", "fr")
				.map())
			.map();
	}

	private Map<String, Object> serviceAtLocation(ServicePoint p, String id) {
		String location = derived(id, "location");
		Json place = new Json().put("id", location)
			.put("location_type", "physical")
			.put("organization_id", p.getOrganisation().getUuid().toString())
			.put("name", p.getName())
			.put("description", p.getAddress() + " (" + p.getPlace() + ")")
			.put("latitude", p.getLatitude())
			.put("longitude", p.getLongitude());
		return new Json().put("id", derived(id, "service_at_location"))
			.put("service_id", id)
			.put("location_id", location)
			.put("location", place.map())
			.map();
	}

	private String label(String key) {
		return this.messages.getMessage(key, null, key, FRENCH);
	}

	/** A stable UUID for an object made from a record: the same record and part, the same id. */
	static String derived(String recordId, String part) {
		return UUID.nameUUIDFromBytes((recordId + ":" + part).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** A JSON object that leaves out what is unknown (HSDS fields take no null). */
	private static final class Json {

		private final Map<String, Object> map = new LinkedHashMap<>();

		Json put(String key, Object value) {
			if (value != null) {
				this.map.put(key, value);
			}
			return this;
		}

		Map<String, Object> map() {
			return this.map;
		}

	}

	/** The HSDS API's page of results, here always one page holding everything. */
	static Map<String, Object> page(List<Map<String, Object>> contents) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("total_items", contents.size());
		page.put("total_pages", 1);
		page.put("page_number", 1);
		page.put("size", contents.size());
		page.put("first_page", true);
		page.put("last_page", true);
		page.put("empty", contents.isEmpty());
		page.put("contents", new ArrayList<>(contents));
		return page;
	}

}
