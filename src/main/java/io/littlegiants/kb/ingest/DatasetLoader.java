package io.littlegiants.kb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import io.littlegiants.kb.common.CypherScript;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads a dataset folder of CSV files into the graph: each {@code NNNN-name.cypher}
 * script under {@code cypher/import/} receives the rows of {@code name.csv} in batches,
 * as {@code $rows}.
 * <p>
 * Every script MERGEs on business keys, so a re-run changes nothing, and a run cut short
 * is completed by the next one. A {@code DatasetLoad} node records the checksum of the
 * files loaded last: a second start with the same files skips the load.
 */
@Component
public class DatasetLoader {

	private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

	static final int BATCH_SIZE = 1000;

	private final Driver driver;

	private final DatasetState state;

	DatasetLoader(Driver driver, DatasetState state) {
		this.driver = driver;
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
		// Parse every file before writing anything: a malformed file fails the load
		// up front.
		for (Resource csv : files.values()) {
			validate(csv);
		}
		long started = System.nanoTime();
		long rows = 0;
		int done = 0;
		for (var entry : files.entrySet()) {
			String file = entry.getValue().getFilename();
			this.state.loading("loading " + file + " (" + (++done) + " of " + files.size() + " files)");
			long fileStarted = System.nanoTime();
			long fileRows = load(entry.getKey(), entry.getValue());
			long millis = Math.max(1, (System.nanoTime() - fileStarted) / 1_000_000);
			log.info("Dataset '{}': {} ({} of {}): {} rows in {} ms ({} rows/s)", id, file, done, files.size(),
					fileRows, millis, fileRows * 1000 / millis);
			rows += fileRows;
		}
		markLoaded(id, checksum, rows);
		log.info("Dataset '{}' loaded: {} rows from {} files in {} ms", id, rows, files.size(),
				(System.nanoTime() - started) / 1_000_000);
		return new LoadReport(id, true, rows, checksum);
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

	private static void validate(Resource csv) {
		try (InputStream input = csv.getInputStream()) {
			CsvBatches.forEach(csv.getFilename(), input, BATCH_SIZE, batch -> {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + csv, ex);
		}
	}

	private long load(CypherScript script, Resource csv) {
		try (InputStream input = csv.getInputStream(); var session = driver.session()) {
			return CsvBatches.forEach(csv.getFilename(), input, BATCH_SIZE,
					batch -> session.executeWriteWithoutResult(tx -> {
						for (String statement : script.statements()) {
							tx.run(statement, Map.of("rows", batch)).consume();
						}
					}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + csv, ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(
					"Loading " + csv.getFilename() + " with " + script.name() + " failed: " + ex.getMessage(), ex);
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

	/**
	 * SHA-256 over each file's name and bytes and the statements of its script, streamed.
	 */
	private static String checksum(Map<CypherScript, Resource> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (var entry : files.entrySet()) {
				digest.update(entry.getValue().getFilename().getBytes(StandardCharsets.UTF_8));
				try (InputStream in = new DigestInputStream(entry.getValue().getInputStream(), digest)) {
					in.transferTo(OutputStream.nullOutputStream());
				}
				digest.update(String.join("\n", entry.getKey().statements()).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException | IOException ex) {
			throw new IllegalStateException("Cannot checksum the dataset", ex);
		}
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
