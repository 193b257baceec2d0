package bi.ppsm.site.project;

/**
 * How many key results a project has, answered by the key results' own repository (which
 * depends on projects, not the other way round), for the links of the project's edit page.
 */
public interface ProjectKeyResults {

	long countByProjectId(Long projectId);

}
