package bi.ppsm.site.admin;

/** A form that carries, in a hidden field, the version of the record it was filled in from. */
public interface VersionedForm {

	Integer version();

}
