package bi.ppsm.site.mission;

public interface PerspectiveRepository extends TextEntryRepository<Perspective> {

}
