package bi.ppsm.site.audit;

/**
 * An audit entry as staff read it: the kind of record, the action and the changed fields in
 * plain words, the whole sentence, and the page of the record when it still exists (else null).
 */
public record AuditLine(AuditEntry entry, String type, String action, String fields, String sentence, String link) {

}
