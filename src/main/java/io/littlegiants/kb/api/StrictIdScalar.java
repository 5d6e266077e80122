package io.littlegiants.kb.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The built-in {@code ID}, made strict: a string or an integer, as the specification
 * says, and nothing else. graphql-java's own also turns objects, floats and booleans in
 * variables into strings, so that {@code {"id": {"a": 1}}} silently looked up "{a=1}".
 */
final class StrictIdScalar {

	static final GraphQLScalarType ID = GraphQLScalarType.newScalar()
		.name("ID")
		.description("A unique identifier: a string, or an integer (read as its decimal string).")
		.coercing(new Coercing<String, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				String id = id(value);
				if (id == null) {
					throw new CoercingSerializeException("Not an ID: " + value);
				}
				return id;
			}

			@Override
			public String parseValue(Object input, GraphQLContext context, Locale locale) {
				String id = id(input);
				if (id == null) {
					throw new CoercingParseValueException("An ID is a string or an integer, not "
							+ ((input == null) ? "null" : input.getClass().getSimpleName()) + " " + input);
				}
				return id;
			}

			@Override
			public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue string) {
					return string.getValue();
				}
				if (input instanceof IntValue integer) {
					return integer.getValue().toString();
				}
				throw new CoercingParseLiteralException("An ID is written as a string or an integer");
			}

			@Override
			public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
				return StringValue.of(parseValue(input, context, locale));
			}
		})
		.build();

	private StrictIdScalar() {
	}

	/** The ID text of a string or integral number; null for anything else. */
	static String id(Object value) {
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger) {
			return value.toString();
		}
		if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
			return decimal.toBigIntegerExact().toString();
		}
		return null;
	}

}
