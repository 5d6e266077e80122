package io.littlegiants.kb.common;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * When the request this thread works for must end, so that work far from the request (a
 * database transaction opened by a service) can be bounded by what is left of its budget.
 * Set by the API around each GraphQL request; absent elsewhere (start-up, the importer,
 * exports), where only the fixed timeouts apply. A thread-local: Spring for GraphQL over
 * Spring MVC runs a request's controllers and batch loaders on the request's thread; work
 * moved to another thread would get the fixed timeouts only.
 */
public final class RequestDeadline {

	private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

	private RequestDeadline() {
	}

	/**
	 * Sets a deadline {@code budget} from now on this thread until the scope is closed
	 * (use it in try-with-resources).
	 */
	public static Scope start(Duration budget) {
		Long outer = DEADLINE.get();
		DEADLINE.set(System.nanoTime() + budget.toNanos());
		return () -> {
			if (outer == null) {
				DEADLINE.remove();
			}
			else {
				DEADLINE.set(outer);
			}
		};
	}

	/** The deadline, as a {@link System#nanoTime()} value, if there is one. */
	public static OptionalLong nanoTime() {
		Long deadline = DEADLINE.get();
		return (deadline != null) ? OptionalLong.of(deadline) : OptionalLong.empty();
	}

	/** Nanoseconds left (zero or less once passed), if there is a deadline. */
	public static OptionalLong remainingNanos() {
		Long deadline = DEADLINE.get();
		return (deadline != null) ? OptionalLong.of(deadline - System.nanoTime()) : OptionalLong.empty();
	}

	/** Whether there is a deadline and it has passed. */
	public static boolean passed() {
		return remainingNanos().orElse(1) <= 0;
	}

	/** The time a deadline is set for; closing it restores the thread's earlier one. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
