package io.littlegiants.kb.common;

import java.util.List;

/**
 * A fact that names the sources stating it: what the GraphQL interface {@code Sourced}
 * resolves its {@code sources} from, for every type at once.
 */
public interface Sourced {

	/** The ids of the sources that state this fact, as stored on it. */
	List<String> sourceIds();

}
