package bi.ppsm.site.media;

import java.util.List;

/**
 * What uses an image, asked before it is deleted: a feature that shows library images (news
 * covers, organisation logos...) implements it as a bean. An image in use cannot be deleted.
 */
public interface ImageUsages {

	/** Human names of the records using the image ("Logo de l’organisation GIZ"...); empty if none. */
	List<String> usagesOf(long imageId);

}
