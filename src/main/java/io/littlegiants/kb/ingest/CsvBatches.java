package io.littlegiants.kb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Streams a CSV file with a header row as batches of rows keyed by column name. Empty
 * cells become null, so that Cypher's {@code coalesce} and {@code IS NULL} work on them.
 * A row whose column count differs from the header's is an error naming the file and the
 * line.
 */
final class CsvBatches {

	private CsvBatches() {
	}

	static long forEach(String fileName, InputStream input, int batchSize, Consumer<List<Map<String, Object>>> sink) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(input).get(),
				StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> header = parser.getHeaderNames();
			List<Map<String, Object>> batch = new ArrayList<>(batchSize);
			long rows = 0;
			for (CSVRecord record : parser) {
				if (record.size() != header.size()) {
					throw new IllegalArgumentException("%s, line %d: %d fields where the header has %d"
						.formatted(fileName, parser.getCurrentLineNumber(), record.size(), header.size()));
				}
				Map<String, Object> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					String value = record.get(i);
					row.put(header.get(i), value.isEmpty() ? null : value);
				}
				batch.add(row);
				rows++;
				if (batch.size() == batchSize) {
					sink.accept(batch);
					batch = new ArrayList<>(batchSize);
				}
			}
			if (!batch.isEmpty()) {
				sink.accept(batch);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + fileName, ex);
		}
	}

}
