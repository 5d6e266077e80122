package io.littlegiants.kb.common;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Today's date, the day certifications are judged on when a question gives none: from the
 * context's {@link Clock} if it has one (tests fix the day), else the system clock in
 * UTC. Not transactional: a certification's status, asked for every item of a page, must
 * not cost a database transaction each.
 */
@Component
public class Today {

	private final Clock clock;

	Today(Optional<Clock> clock) {
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public LocalDate date() {
		return LocalDate.now(this.clock);
	}

}
