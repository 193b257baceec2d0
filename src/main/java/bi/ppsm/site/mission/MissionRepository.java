package bi.ppsm.site.mission;

public interface MissionRepository extends TextEntryRepository<Mission> {

}
