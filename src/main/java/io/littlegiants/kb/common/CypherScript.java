package io.littlegiants.kb.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A {@code .cypher} file from {@code classpath:cypher/}: its name and its statements, in
 * file order. Statements end with a semicolon at the end of a line; {@code //} lines are
 * comments.
 *
 * @param name file name, e.g. {@code 0100-organizations.cypher}
 * @param statements the statements, without their semicolons
 * @param header the comment lines at the top of the file, without their slashes: what the
 * script is for
 */
public record CypherScript(String name, List<String> statements, String header) {

	private static final Pattern END_OF_STATEMENT = Pattern.compile(";\\s*(\\r?\\n|$)");

	/** Every script under the folder, in the order of their numeric prefixes. */
	public static List<CypherScript> allIn(String folder) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/" + folder + "/*.cypher");
			return Arrays.stream(resources)
				.map(CypherScript::read)
				.sorted(Comparator.comparing(CypherScript::name))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list cypher/" + folder, ex);
		}
	}

	/**
	 * One named script, e.g. {@code queries/firm-search.cypher}; its single statement.
	 */
	public static String statement(String path) {
		Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:cypher/" + path);
		List<String> statements = read(resource).statements();
		if (statements.size() != 1) {
			throw new IllegalStateException("cypher/" + path + " must hold exactly one statement");
		}
		return statements.get(0);
	}

	private static CypherScript read(Resource resource) {
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			return new CypherScript(resource.getFilename(), parse(text), header(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	private static String header(String text) {
		return text.lines()
			.takeWhile(line -> line.strip().startsWith("//"))
			.map(line -> line.strip().substring(2).strip())
			.collect(Collectors.joining(" "));
	}

	/** Splits a script into statements. */
	public static List<String> parse(String text) {
		String withoutComments = text.lines()
			.filter(line -> !line.strip().startsWith("//"))
			.reduce("", (a, b) -> a + b + "\n");
		return END_OF_STATEMENT.splitAsStream(withoutComments).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
