package io.littlegiants.kb.ingest.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.littlegiants.kb.common.CypherScript;
import org.neo4j.driver.TransactionContext;

/**
 * The project's own layouts, as shipped under import/: the file name picks the script
 * under cypher/import/ (organizations.csv runs 0100-organizations.cypher), the columns
 * are the ones that script reads, and the import's source is added to each row's
 * sourceIds.
 */
final class KbFormat implements RowFormat {

	private static final Pattern ROW_FIELD = Pattern.compile("row\\.(\\w+)");

	private final CypherScript script;

	private final Map<String, List<String>> columns;

	private KbFormat(CypherScript script) {
		this.script = script;
		TreeSet<String> fields = new TreeSet<>();
		script.statements().forEach(s -> {
			Matcher m = ROW_FIELD.matcher(s);
			while (m.find()) {
				fields.add(m.group(1));
			}
		});
		this.columns = new LinkedHashMap<>();
		fields.forEach(f -> this.columns.put(f, List.of(f)));
	}

	static KbFormat forFile(Path file) {
		String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
		return CypherScript.allIn("import")
			.stream()
			.filter(s -> s.name().replaceFirst("^\\d+-", "").replaceFirst("\\.cypher$", "").equals(name))
			.findFirst()
			.map(KbFormat::new)
			.orElseThrow(() -> new ImportException(file.getFileName()
					+ ": the kb format needs a file named after a shipped layout (organizations.csv, relations.csv, ...)"));
	}

	@Override
	public Map<String, List<String>> columns() {
		return this.columns;
	}

	@Override
	public List<String> namedOrganizations(List<Row> batch, Map<Long, List<Resolver.Resolution>> resolutions) {
		return this.script.name().endsWith("-organizations.cypher") ? batch.stream().map(row -> row.get("id")).toList()
				: List.of();
	}

	@Override
	public List<String> required() {
		return List.of(this.columns.keySet().iterator().next());
	}

	@Override
	public List<RowError> check(Row row, ImportContext context) {
		List<RowError> errors = new ArrayList<>();
		String key = this.columns.containsKey("id") ? "id" : this.columns.containsKey("code") ? "code" : null;
		if (key != null && !row.has(key)) {
			errors.add(context.error(row, key, "empty " + key));
		}
		return errors;
	}

	@Override
	public String duplicateKey(Row row) {
		return row.has("id") ? row.get("id") : row.has("code") ? row.get("code") : null;
	}

	@Override
	public Map<Long, Status> write(TransactionContext tx, List<Row> batch,
			Map<Long, List<Resolver.Resolution>> resolutions, ImportContext context) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Row row : batch) {
			Map<String, Object> values = new HashMap<>();
			this.columns.keySet().forEach(c -> values.put(c, row.get(c)));
			values.put("sourceIds", withSource(row.get("sourceIds"), context.sourceId()));
			rows.add(values);
		}
		for (String statement : this.script.statements()) {
			tx.run(statement, Map.of("rows", rows)).consume();
		}
		// The shipped scripts set rather than compare: rows count as written, not as
		// created or updated.
		Map<Long, Status> statuses = new HashMap<>();
		batch.forEach(row -> statuses.put(row.number(), Status.WRITTEN));
		return statuses;
	}

	/** A row's sources and the import's, once each; a dataset's rows keep their own. */
	private static String withSource(String sources, String importSource) {
		if (importSource == null || (sources != null && List.of(sources.split(";")).contains(importSource))) {
			return sources;
		}
		return (sources == null) ? importSource : sources + ";" + importSource;
	}

}
