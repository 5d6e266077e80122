package io.littlegiants.kb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.CypherScript;
import io.littlegiants.kb.common.Sha256;
import io.littlegiants.kb.ingest.importer.ImportReport;
import io.littlegiants.kb.ingest.importer.Importer;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Loads a dataset folder of CSV files in the project's own layouts ({@code name.csv} is
 * written by {@code cypher/import/NNNN-name.cypher}) through the importer, as
 * {@code import --format kb} would: the same reader, checks, batches and journal.
 * <p>
 * Every file is checked before any is written, so a malformed file fails the load up
 * front. Every script MERGEs on business keys, so a re-run changes nothing, and a run cut
 * short is completed by the next one. A {@code DatasetLoad} node records the checksum of
 * the files and scripts loaded last: a second start with the same ones skips the load.
 */
@Component
public class DatasetLoader {

	private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

	private final Driver driver;

	private final Importer importer;

	private final DatasetState state;

	DatasetLoader(Driver driver, Importer importer, DatasetState state) {
		this.driver = driver;
		this.importer = importer;
		this.state = state;
	}

	/**
	 * Loads the folder unless the same content was loaded before.
	 * @param id name of the dataset, e.g. {@code shipped}
	 * @param location a Spring resource location of the folder, e.g.
	 * {@code classpath:import/}
	 * @return what was done
	 */
	public LoadReport loadIfChanged(String id, String location) {
		Map<CypherScript, Resource> files = files(location);
		String checksum = checksum(files);
		if (checksum.equals(loadedChecksum(id))) {
			log.info("Dataset '{}' already loaded (checksum {}), nothing to do", id, checksum.substring(0, 12));
			return new LoadReport(id, false, 0, checksum);
		}
		return load(id, files, checksum);
	}

	/**
	 * Loads the folder whether or not it was loaded before; MERGE makes that harmless.
	 */
	public LoadReport load(String id, String location) {
		Map<CypherScript, Resource> files = files(location);
		return load(id, files, checksum(files));
	}

	private LoadReport load(String id, Map<CypherScript, Resource> files, String checksum) {
		long started = System.nanoTime();
		// The importer reads files and writes its reports beside them: a folder inside
		// the jar is copied out first.
		Path folder = copyOut(files);
		try {
			List<Path> paths = files.values().stream().map(r -> folder.resolve(r.getFilename())).toList();
			this.state.loading("checking " + paths.size() + " files");
			throwIfRejected(id, this.importer.importDataset(id, paths, true, quiet()));
			long rows = 0;
			for (int i = 0; i < paths.size(); i++) {
				String file = paths.get(i).getFileName().toString();
				this.state.loading("loading " + file + " (" + (i + 1) + " of " + paths.size() + " files)");
				ImportReport report = this.importer.importDataset(id, List.of(paths.get(i)), false, quiet()).get(0);
				throwIfRejected(id, List.of(report));
				log.info("Dataset '{}': {} ({} of {}): {} rows in {} ms ({} rows/s)", id, file, i + 1, paths.size(),
						report.rows(), Math.round(report.seconds() * 1000), Math.round(report.rowsPerSecond()));
				rows += report.rows();
			}
			markLoaded(id, checksum, rows);
			// A first start created the indexes on an empty store: what is planned next
			// must see them filled.
			PlannerStatistics.refresh(this.driver);
			log.info("Dataset '{}' loaded: {} rows from {} files in {} ms", id, rows, files.size(),
					(System.nanoTime() - started) / 1_000_000);
			return new LoadReport(id, true, rows, checksum);
		}
		finally {
			FileSystemUtils.deleteRecursively(folder.toFile());
		}
	}

	private static void throwIfRejected(String id, List<ImportReport> reports) {
		List<String> errors = new ArrayList<>();
		reports.forEach(report -> report.errors().forEach(e -> errors.add(e.toString())));
		if (!errors.isEmpty()) {
			throw new IllegalStateException("Dataset '" + id + "' not loaded, it has bad rows: "
					+ String.join("; ", errors.subList(0, Math.min(errors.size(), 10))));
		}
	}

	/** The importer's console: the loader logs each file's figures itself. */
	private static PrintStream quiet() {
		return new PrintStream(OutputStream.nullOutputStream());
	}

	private static Map<CypherScript, Resource> files(String location) {
		Map<CypherScript, Resource> files = new LinkedHashMap<>();
		for (CypherScript script : CypherScript.allIn("import")) {
			Resource csv = csvFor(script, location);
			if (csv.exists()) {
				files.put(script, csv);
			}
		}
		return files;
	}

	private static Path copyOut(Map<CypherScript, Resource> files) {
		try {
			Path folder = Files.createTempDirectory("kb-dataset-");
			for (Resource csv : files.values()) {
				try (InputStream input = csv.getInputStream()) {
					Files.copy(input, folder.resolve(csv.getFilename()));
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy the dataset to a temporary folder", ex);
		}
	}

	private static Resource csvFor(CypherScript script, String location) {
		String base = script.name().replaceFirst("^\\d+-", "").replaceFirst("\\.cypher$", ".csv");
		String folder = location.endsWith("/") ? location : location + "/";
		return new PathMatchingResourcePatternResolver().getResource(folder + base);
	}

	private String loadedChecksum(String id) {
		try (var session = driver.session()) {
			var records = session.run("MATCH (d:DatasetLoad {id: $id}) RETURN d.checksum AS checksum", Map.of("id", id))
				.list();
			return records.isEmpty() ? null : records.get(0).get("checksum").asString(null);
		}
	}

	private void markLoaded(String id, String checksum, long rows) {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("""
					MERGE (d:DatasetLoad {id: $id})
					SET d.checksum = $checksum, d.rows = $rows, d.loadedAt = datetime()
					""", Map.of("id", id, "checksum", checksum, "rows", rows)).consume());
		}
	}

	/** SHA-256 over each file's name and bytes and the statements of its script. */
	private static String checksum(Map<CypherScript, Resource> files) {
		Sha256 digest = new Sha256();
		try {
			for (var entry : files.entrySet()) {
				digest.text(entry.getValue().getFilename()).content(entry.getValue().getInputStream());
				digest.text(String.join("\n", entry.getKey().statements()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the dataset to checksum it", ex);
		}
		return digest.hex();
	}

	/**
	 * Outcome of a load.
	 *
	 * @param id dataset name
	 * @param loaded false when the same content was already in the graph
	 * @param rows CSV rows sent to the database
	 * @param checksum SHA-256 over the files and scripts
	 */
	public record LoadReport(String id, boolean loaded, long rows, String checksum) {
	}

}
