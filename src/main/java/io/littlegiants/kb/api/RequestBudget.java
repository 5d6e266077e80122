package io.littlegiants.kb.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.littlegiants.kb.common.RequestDeadline;

/**
 * Bounds a request while it runs, where {@link RequestLimits} bounds it before: once the
 * request has run for {@code kb.graphql.limits.request-timeout}, resolved
 * {@code kb.graphql.limits.max-result-fields} fields, or gathered
 * {@code kb.graphql.limits.max-response-size} of response, no further field is resolved
 * and the request ends with one {@code QUERY_TOO_COMPLEX} error naming the limit.
 * Database work already started ends at the same time: its transactions get no more than
 * the request's time left.
 *
 * <p>
 * The response's size is counted as its JSON text will be: each field's name, and each
 * scalar value as written (a string's UTF-8 bytes and quotes, a number's digits), without
 * the braces of objects. It is counted as values arrive, so the bound stops the response
 * growing in memory, not only on the wire.
 */
final class RequestBudget extends SimplePerformantInstrumentation {

	private final Duration timeout;

	private final long maxResultFields;

	private final long maxResponseBytes;

	RequestBudget(Duration timeout, long maxResultFields, long maxResponseBytes) {
		this.timeout = timeout;
		this.maxResultFields = maxResultFields;
		this.maxResponseBytes = maxResponseBytes;
	}

	/** When the request must end, and what it has resolved so far. */
	record Spent(long deadline, AtomicLong fields, AtomicLong bytes) implements InstrumentationState {
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		// The request's own clock where the HTTP layer started one, so that this budget
		// and its transactions' timeouts end together.
		long deadline = RequestDeadline.nanoTime().orElseGet(() -> System.nanoTime() + this.timeout.toNanos());
		return new Spent(deadline, new AtomicLong(), new AtomicLong());
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
			long bytes = spent.bytes().get();
			if (bytes > this.maxResponseBytes) {
				throw RequestLimits.tooComplex("maxResponseSize", bytes, this.maxResponseBytes,
						"bytes of response so far", "max-response-size");
			}
			if (System.nanoTime() - spent.deadline() > 0) {
				throw RequestLimits.tooComplex("requestTimeout", this.timeout.toMillis(), this.timeout.toMillis(),
						"milliseconds old", "request-timeout");
			}
		}
		return super.beginFieldExecution(parameters, state);
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (!(state instanceof Spent spent)) {
			return super.beginFieldFetching(parameters, state);
		}
		// "name": plus a comma
		spent.bytes().addAndGet(parameters.getField().getName().length() + 4);
		GraphQLType type = GraphQLTypeUtil.unwrapAll(parameters.getField().getType());
		if (!(type instanceof GraphQLScalarType || type instanceof GraphQLEnumType)) {
			return super.beginFieldFetching(parameters, state);
		}
		return new FieldFetchingInstrumentationContext() {
			@Override
			public void onDispatched() {
			}

			@Override
			public void onCompleted(Object value, Throwable error) {
				spent.bytes().addAndGet(jsonBytes(value));
			}
		};
	}

	/** About the length of {@code value} written as JSON. */
	static long jsonBytes(Object value) {
		if (value == null) {
			return 4;
		}
		if (value instanceof CharSequence text) {
			return utf8Length(text) + 2;
		}
		if (value instanceof Iterable<?> items) {
			long bytes = 2;
			for (Object item : items) {
				bytes += jsonBytes(item) + 1;
			}
			return bytes;
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString().length();
		}
		// dates, enums, ids: written as strings
		return utf8Length(value.toString()) + 2;
	}

	private static long utf8Length(CharSequence text) {
		long bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				bytes += 1;
			}
			else if (c < 0x800) {
				bytes += 2;
			}
			else if (Character.isHighSurrogate(c)) {
				// with its low surrogate: one four-byte character
				bytes += 4;
				i++;
			}
			else {
				bytes += 3;
			}
		}
		return bytes;
	}

}
