package bi.ppsm.site.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;

/** Reordering of the ordered lists: one place up or down, then 1..n again. */
public final class Positions {

	private Positions() {
	}

	/**
	 * Moves the element matching {@code which} one place ({@code step} -1 for up, +1 for down)
	 * in a list already in display order, and renumbers the whole list from 1.
	 * @return whether it moved (the first cannot go up, the last cannot go down)
	 */
	public static <T> boolean move(List<T> ordered, Predicate<T> which, int step, ObjIntConsumer<T> setPosition) {
		List<T> list = new ArrayList<>(ordered);
		int index = -1;
		for (int i = 0; i < list.size(); i++) {
			if (which.test(list.get(i))) {
				index = i;
			}
		}
		int target = index + step;
		if (index < 0 || target < 0 || target >= list.size()) {
			return false;
		}
		list.add(target, list.remove(index));
		for (int i = 0; i < list.size(); i++) {
			setPosition.accept(list.get(i), i + 1);
		}
		return true;
	}

	/** The position of a new element: after the last one. */
	public static int next(int count) {
		return count + 1;
	}

}
