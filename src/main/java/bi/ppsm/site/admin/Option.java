package bi.ppsm.site.admin;

/** One choice of a select or checkbox list in an admin form. */
public record Option(Long id, String label) {
}
