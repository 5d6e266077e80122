package io.littlegiants.kb.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import io.littlegiants.kb.common.InvalidInputException;

/**
 * The variables of an export's GraphQL document, read from URL query parameters: each
 * parameter is a variable of the document, typed by its declaration (Int, Float, Boolean,
 * lists as comma-separated values; everything else as text, checked by GraphQL itself).
 */
final class ExportVariables {

	private ExportVariables() {
	}

	static Map<String, Object> of(String document, Map<String, String> parameters, Set<String> reserved) {
		OperationDefinition operation = Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).get(0);
		Map<String, Type<?>> declared = new LinkedHashMap<>();
		for (VariableDefinition variable : operation.getVariableDefinitions()) {
			declared.put(variable.getName(), variable.getType());
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			Type<?> type = declared.get(parameter.getKey());
			if (type == null || reserved.contains(parameter.getKey())) {
				Set<String> allowed = new TreeSet<>(declared.keySet());
				allowed.removeAll(reserved);
				throw new InvalidInputException(parameter.getKey(),
						"'" + parameter.getKey() + "' is not a parameter of this export; it takes " + allowed);
			}
			variables.put(parameter.getKey(), value(parameter.getKey(), parameter.getValue(), type));
		}
		return variables;
	}

	private static Object value(String name, String text, Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return value(name, text, nonNull.getType());
		}
		if (type instanceof ListType list) {
			List<String> items = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
			return items.stream().map(item -> value(name, item, list.getType())).toList();
		}
		String scalar = ((TypeName) type).getName();
		try {
			return switch (scalar) {
				case "Int" -> Integer.valueOf(text.strip());
				case "Float" -> Double.valueOf(text.strip());
				case "Boolean" -> {
					if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
						throw new NumberFormatException();
					}
					yield Boolean.valueOf(text);
				}
				default -> text;
			};
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(name, "'" + text + "' is not a valid " + scalar + " for " + name);
		}
	}

}
