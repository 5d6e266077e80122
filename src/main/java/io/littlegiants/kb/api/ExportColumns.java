package io.littlegiants.kb.api;

import java.util.ArrayList;
import java.util.List;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The columns of an export, read from its GraphQL document and the schema, so that a
 * spreadsheet has its header row even when the answer has no rows: the fields selected
 * under the rows, objects as dotted columns, lists (of values or of objects) as one
 * column each, in the order of the document.
 */
final class ExportColumns {

	private ExportColumns() {
	}

	static List<String> of(String document, String rowsPath, GraphQLSchema schema) {
		OperationDefinition operation = Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).get(0);
		SelectionSet selections = operation.getSelectionSet();
		GraphQLType type = schema.getQueryType();
		List<String> path = new ArrayList<>(List.of(rowsPath.split("\\.")));
		if (rowsPath.endsWith(".edges")) {
			path.add("node");
		}
		for (String name : path) {
			Field field = field(selections, name);
			type = GraphQLTypeUtil.unwrapAll(((GraphQLFieldsContainer) type).getFieldDefinition(name).getType());
			selections = field.getSelectionSet();
		}
		List<String> columns = new ArrayList<>();
		collect("", selections, (GraphQLObjectType) type, columns);
		return columns;
	}

	private static void collect(String prefix, SelectionSet selections, GraphQLFieldsContainer type,
			List<String> columns) {
		for (Selection<?> selection : selections.getSelections()) {
			if (!(selection instanceof Field field)) {
				continue;
			}
			String name = (field.getAlias() != null) ? field.getAlias() : field.getName();
			GraphQLType fieldType = GraphQLTypeUtil.unwrapNonNull(type.getFieldDefinition(field.getName()).getType());
			GraphQLType named = GraphQLTypeUtil.unwrapAll(fieldType);
			if (fieldType instanceof GraphQLList || field.getSelectionSet() == null
					|| !(named instanceof GraphQLFieldsContainer container)) {
				columns.add(prefix + name);
			}
			else {
				collect(prefix + name + ".", field.getSelectionSet(), container, columns);
			}
		}
	}

	private static Field field(SelectionSet selections, String name) {
		return selections.getSelectionsOfType(Field.class)
			.stream()
			.filter(f -> name.equals((f.getAlias() != null) ? f.getAlias() : f.getName()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the export document selects no " + name));
	}

}
