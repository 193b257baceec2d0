package bi.ppsm.site.approval;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.SmartValidator;
import tools.jackson.databind.json.JsonMapper;

import bi.ppsm.site.audit.AuditLog;
import bi.ppsm.site.directory.ServicePoint;
import bi.ppsm.site.directory.ServicePointForm;
import bi.ppsm.site.directory.ServicePoints;
import bi.ppsm.site.organisation.MemberSheetForm;
import bi.ppsm.site.organisation.Organisation;
import bi.ppsm.site.organisation.Organisations;

/**
 * Member contributors' proposals: stored as the submitted form in JSON, the live record left as
 * it is; approved through the same services as the staff's forms (Bean Validation, the checks
 * of the record's kind, the version check, the audit entry, the page cache through the table's
 * trigger), or refused with a reason. A proposal, its approval and its refusal are audited as
 * "pending-change".
 */
@Service
class Proposals {

	static final String AUDIT_TYPE = "pending-change";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PendingChangeRepository changes;

	private final Organisations organisations;

	private final ServicePoints points;

	private final AuditLog audit;

	private final SmartValidator validator;

	private final Clock clock;

	Proposals(PendingChangeRepository changes, Organisations organisations, ServicePoints points, AuditLog audit,
			SmartValidator validator, Clock clock) {
		this.changes = changes;
		this.organisations = organisations;
		this.points = points;
		this.audit = audit;
		this.validator = validator;
		this.clock = clock;
	}

	/** The sheet as the contributor last proposed it while undecided, else as it is. */
	MemberSheetForm sheetToEdit(Organisation organisation) {
		return open(Organisations.ENTITY, organisation.getId()).map(c -> sheet(c))
			.orElseGet(() -> MemberSheetForm.from(organisation));
	}

	/** The point as the contributor last proposed it while undecided, else as it is. */
	ServicePointForm pointToEdit(ServicePoint point) {
		return open(ServicePoints.ENTITY, point.getId()).map(c -> point(c)).orElseGet(() -> this.points.formOf(point));
	}

	@Transactional
	PendingChange proposeSheet(Organisation organisation, MemberSheetForm sheet, String by) {
		PendingChange change = open(Organisations.ENTITY, organisation.getId())
			.orElseGet(() -> new PendingChange(Organisations.ENTITY, organisation.getId(), organisation.getId()));
		change.propose(organisation.getName(), JSON.writeValueAsString(sheet), sheet.version(), by, this.clock.instant());
		this.changes.save(change);
		this.audit.record("PROPOSE", AUDIT_TYPE, change.getId(), change.getLabel(),
				Differences.changed(MemberSheetForm.class, MemberSheetForm.from(organisation), sheet));
		return change;
	}

	/** A change to a point ({@code point} given) or a new point of the organisation. */
	@Transactional
	PendingChange proposePoint(long organisationId, ServicePoint point, ServicePointForm form, String by) {
		PendingChange change = (point == null) ? new PendingChange(ServicePoints.ENTITY, null, organisationId)
				: open(ServicePoints.ENTITY, point.getId())
					.orElseGet(() -> new PendingChange(ServicePoints.ENTITY, point.getId(), organisationId));
		change.propose(form.name(), JSON.writeValueAsString(form), (point == null) ? null : form.version(), by,
				this.clock.instant());
		this.changes.save(change);
		this.audit.record("PROPOSE", AUDIT_TYPE, change.getId(), change.getLabel(), Differences
			.changed(ServicePointForm.class, (point == null) ? null : this.points.formOf(point), form));
		return change;
	}

	/**
	 * Applies the proposal to the live record; a new point is published, since approving it is
	 * the decision to show it. Nothing changes when the result holds errors (the record changed
	 * since the proposal, or no longer passes a check).
	 */
	@Transactional
	BindingResult approve(PendingChange change) {
		BindingResult result;
		if (Organisations.ENTITY.equals(change.getEntityType())) {
			MemberSheetForm sheet = sheet(change);
			result = bindingOf(sheet);
			this.validator.validate(sheet, result);
			Organisation organisation = this.organisations.get(change.getEntityId());
			this.organisations.checkSheetLogo(sheet, organisation, result);
			if (!result.hasErrors()) {
				this.organisations.updateSheet(organisation, sheet, change.getBaseVersion(), result);
			}
		}
		else {
			Optional<ServicePoint> current = change.isCreation() ? Optional.empty()
					: this.points.find(change.getEntityId());
			ServicePointForm form = point(change).approved(current.map(ServicePoint::isPublished).orElse(true),
					change.getBaseVersion());
			result = bindingOf(form);
			this.validator.validate(form, result);
			if (!change.isCreation() && current.isEmpty()) {
				result.reject("proposalTargetGone");
			}
			else if (!result.hasErrors() && change.isCreation()) {
				this.points.create(form, result).ifPresent(p -> change.setEntityId(p.getId()));
			}
			else if (!result.hasErrors()) {
				this.points.update(current.get(), form, result);
			}
		}
		if (!result.hasErrors()) {
			change.decide(ChangeStatus.APPROVED, AuditLog.currentActor(), this.clock.instant(), null);
			this.audit.record("APPROVE", AUDIT_TYPE, change.getId(), change.getLabel(), List.of());
		}
		return result;
	}

	@Transactional
	void refuse(PendingChange change, String reason) {
		change.decide(ChangeStatus.REFUSED, AuditLog.currentActor(), this.clock.instant(), reason);
		this.audit.record("REFUSE", AUDIT_TYPE, change.getId(), change.getLabel(), List.of("reason"));
	}

	MemberSheetForm sheet(PendingChange change) {
		return JSON.readValue(change.getProposed(), MemberSheetForm.class);
	}

	ServicePointForm point(PendingChange change) {
		return JSON.readValue(change.getProposed(), ServicePointForm.class);
	}

	private Optional<PendingChange> open(String type, long id) {
		return this.changes.findByEntityTypeAndEntityIdAndStatus(type, id, ChangeStatus.PENDING);
	}

	/** Errors named as the admin forms name them ({@code admin.validation.*}). */
	private static BindingResult bindingOf(Record form) {
		DirectFieldBindingResult result = new DirectFieldBindingResult(form, "form");
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("admin.validation.");
		result.setMessageCodesResolver(codes);
		return result;
	}

}
