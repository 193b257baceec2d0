package bi.ppsm.site.media;

import java.util.List;

/**
 * What uses an image of the library, as staff name it ("Actualité « Lancement du projet »"):
 * a feature that shows images implements it, so that the library can tell where an image is
 * used before it is changed or deleted.
 */
public interface ImageUsages {

	List<String> namesUsing(long imageId);

}
