package bi.ppsm.site.project;

public enum ProjectStatus {

	PLANNED, ONGOING, FINISHED

}
