package bi.ppsm.site.directory;

/** A form with a province and a commune of the 2025 map, by zone id. */
interface PlaceFields {

	Long province();

	Long commune();

}
