package io.littlegiants.kb.ingest;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.littlegiants.kb.ingest.importer.ImportCommand;
import io.littlegiants.kb.ingest.importer.Importer;
import io.littlegiants.kb.quality.CheckCommand;
import io.littlegiants.kb.quality.QualityGate;
import picocli.CommandLine;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line subcommands ({@code import}, {@code check}): the application without
 * its web server, then the command. Spring properties ({@code --spring.neo4j.uri=...},
 * {@code --kb.embedded.data-dir=...}) may stand anywhere among the command's own options.
 */
public final class Subcommands {

	/**
	 * Each subcommand, made from the running application; with no application (null), a
	 * command only good for parsing its arguments.
	 */
	private static final Map<String, Function<ApplicationContext, Object>> COMMANDS = Map.of("import",
			context -> new ImportCommand((context != null) ? context.getBean(Importer.class) : null, System.out),
			"check",
			context -> new CheckCommand((context != null) ? context.getBean(QualityGate.class) : null, System.out));

	/** Exit code of a command whose embedded database another process holds. */
	public static final int STORE_LOCKED = 3;

	private Subcommands() {
	}

	public static boolean isSubcommand(String[] args) {
		return args.length > 0 && COMMANDS.containsKey(args[0]);
	}

	/**
	 * @param application the application class to start
	 * @param args the subcommand's name, then its arguments
	 * @return the exit code
	 */
	public static int run(Class<?> application, String[] args) {
		Function<ApplicationContext, Object> command = COMMANDS.get(args[0]);
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		// A command works on the complete graph: the shipped dataset loads before
		// it runs.
		String[] springArgs = Stream
			.concat(Arrays.stream(rest).filter(Subcommands::isSpringProperty),
					Stream.of("--kb.dataset.background=false"))
			.toArray(String[]::new);
		String[] commandArgs = Arrays.stream(rest).filter(a -> !isSpringProperty(a)).toArray(String[]::new);
		// Usage mistakes and --help are answered before any database starts.
		CommandLine parsing = new CommandLine(command.apply(null));
		try {
			parsing.parseArgs(commandArgs);
			if (parsing.isUsageHelpRequested() || parsing.isVersionHelpRequested()) {
				parsing.usage(System.out);
				return 0;
			}
		}
		catch (CommandLine.ParameterException ex) {
			System.err.println(ex.getMessage());
			parsing.usage(System.err);
			return 2;
		}
		SpringApplication spring = new SpringApplication(application);
		spring.setLogStartupInfo(false);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setBannerMode(Banner.Mode.OFF);
		// A failed start is reported once, below: a locked store in one line, anything
		// else with its stack trace, not also by Spring's own failure logging.
		spring.setDefaultProperties(Map.of("logging.level.root", "warn", "logging.level.io.littlegiants", "info",
				"logging.level.org.springframework.boot.SpringApplication", "off",
				"logging.level.org.springframework.context", "error",
				"logging.level.org.springframework.boot.diagnostics", "off"));
		ConfigurableApplicationContext context;
		try {
			context = spring.run(springArgs);
		}
		catch (RuntimeException ex) {
			if (lockedStore(ex)) {
				System.err.println("The embedded database is in use by another process (is the server running on the "
						+ "same data folder?): stop it, or run the command against its Bolt port with "
						+ "--spring.neo4j.uri=bolt://127.0.0.1:7687");
				return STORE_LOCKED;
			}
			throw ex;
		}
		try (context) {
			return new CommandLine(command.apply(context)).execute(commandArgs);
		}
	}

	/**
	 * Whether the start failed because another process holds the embedded store's lock.
	 */
	static boolean lockedStore(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().equals("FileLockException")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSpringProperty(String arg) {
		return arg.startsWith("--spring.") || arg.startsWith("--kb.") || arg.startsWith("--logging.")
				|| arg.startsWith("--server.");
	}

}
