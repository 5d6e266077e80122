package io.littlegiants.kb.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;

/**
 * Bounds a request while it runs, where {@link RequestLimits} bounds it before: once the
 * request has run for {@code kb.graphql.limits.request-timeout}, or resolved
 * {@code kb.graphql.limits.max-result-fields} fields, no further field is resolved and
 * the request ends with one {@code QUERY_TOO_COMPLEX} error naming the limit. Database
 * work already started is bounded by the transaction timeout.
 */
final class RequestBudget extends SimplePerformantInstrumentation {

	private final Duration timeout;

	private final long maxResultFields;

	RequestBudget(Duration timeout, long maxResultFields) {
		this.timeout = timeout;
		this.maxResultFields = maxResultFields;
	}

	/** When the request must end, and how many fields it has resolved so far. */
	record Spent(long deadline, AtomicLong fields) implements InstrumentationState {
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Spent(System.nanoTime() + this.timeout.toNanos(), new AtomicLong());
	}

	@Override
	public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		if (state instanceof Spent spent) {
			long fields = spent.fields().incrementAndGet();
			if (fields > this.maxResultFields) {
				throw RequestLimits.tooComplex("maxResultFields", fields, this.maxResultFields,
						"fields resolved so far", "max-result-fields");
			}
			if (System.nanoTime() - spent.deadline() > 0) {
				throw RequestLimits.tooComplex("requestTimeout", this.timeout.toMillis(), this.timeout.toMillis(),
						"milliseconds old", "request-timeout");
			}
		}
		return super.beginFieldExecution(parameters, state);
	}

}
