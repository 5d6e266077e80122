package io.littlegiants.kb.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.littlegiants.kb.common.DatabaseFailure;
import io.littlegiants.kb.ingest.bulk.BulkLoadCommand;
import io.littlegiants.kb.ingest.importer.ImportCommand;
import io.littlegiants.kb.ingest.importer.Importer;
import io.littlegiants.kb.ingest.synthetic.GenerateCommand;
import io.littlegiants.kb.ingest.synthetic.RemoveSyntheticCommand;
import io.littlegiants.kb.ingest.synthetic.SyntheticData;
import io.littlegiants.kb.quality.CheckCommand;
import io.littlegiants.kb.quality.QualityGate;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The command-line subcommands ({@code import}, {@code check}, {@code generate},
 * {@code remove-synthetic}, {@code bulk-load}): the application without its web server,
 * then the command. {@code generate} without {@code --load} needs no database and starts
 * none; {@code bulk-load} builds its store first, then starts the application once on it.
 * Spring properties ({@code --spring.neo4j.uri=...}, {@code --kb.embedded.data-dir=...})
 * may stand anywhere among the command's own options.
 */
public final class Subcommands {

	/**
	 * Each subcommand, made from the running application and the Spring properties given;
	 * with no application (null), a command only good for parsing its arguments, or one
	 * that needs no running database.
	 */
	private static final Map<String, BiFunction<ApplicationContext, List<String>, Object>> COMMANDS = Map.of("import",
			(context, properties) -> new ImportCommand((context != null) ? context.getBean(Importer.class) : null,
					System.out),
			"check",
			(context, properties) -> new CheckCommand((context != null) ? context.getBean(QualityGate.class) : null,
					System.out),
			"generate",
			(context, properties) -> new GenerateCommand(() -> context.getBean(DatasetLoader.class), System.out),
			"remove-synthetic",
			(context, properties) -> new RemoveSyntheticCommand(
					(context != null) ? context.getBean(SyntheticData.class) : null, System.out),
			"bulk-load",
			(context, properties) -> new BulkLoadCommand(
					Path.of(property(properties, "kb.embedded.data-dir", "./data")),
					property(properties, "spring.neo4j.uri", null) != null, System.out));

	/** Exit code of a command whose embedded database another process holds. */
	public static final int STORE_LOCKED = 3;

	/** Exit code of a command the database stopped, with its reason printed. */
	public static final int DATABASE_STOPPED = DatabaseFailure.EXIT_CODE;

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
		BiFunction<ApplicationContext, List<String>, Object> command = COMMANDS.get(args[0]);
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		// A command works on the complete graph: the shipped dataset loads before
		// it runs. Nobody asks a command's application questions: no warm-up. Nor
		// does a command search by pinyin: the scan for names written without it
		// is left to the server's start.
		List<String> springArgs = Stream
			.concat(Arrays.stream(rest).filter(Subcommands::isSpringProperty), Stream
				.of("--kb.dataset.background=false", "--kb.analytics.warm-up-interval=0", "--kb.pinyin.catch-up=false"))
			.toList();
		String[] commandArgs = Arrays.stream(rest).filter(a -> !isSpringProperty(a)).toArray(String[]::new);
		// Usage mistakes and --help are answered before any database starts.
		CommandLine parsing = commandLine(command.apply(null, springArgs));
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
		if (!needsDatabase(args[0], commandArgs)) {
			int code = commandLine(command.apply(null, springArgs)).execute(commandArgs);
			if (code != 0 || !"bulk-load".equals(args[0])) {
				return code;
			}
			// The new store gets its schema, indexes and the shipped dataset from one
			// start of the application, as any first start does.
			long begun = System.nanoTime();
			Started started = start(application, springArgs);
			if (started.context() == null) {
				return started.failure();
			}
			started.context().close();
			System.out.printf("bulk-load: schema, indexes and the shipped dataset in %.1f s; ready%n",
					(System.nanoTime() - begun) / 1e9);
			return 0;
		}
		Started started = start(application, springArgs);
		if (started.context() == null) {
			return started.failure();
		}
		try (ConfigurableApplicationContext context = started.context()) {
			return commandLine(command.apply(context, springArgs)).execute(commandArgs);
		}
	}

	private static boolean needsDatabase(String command, String[] commandArgs) {
		return switch (command) {
			case "bulk-load" -> false;
			case "generate" -> GenerateCommand.needsDatabase(commandArgs);
			default -> true;
		};
	}

	/**
	 * The application started, or why not.
	 *
	 * @param context the running application, or null when it did not start
	 * @param failure the exit code when it did not start
	 */
	private record Started(ConfigurableApplicationContext context, int failure) {
	}

	/**
	 * The application without its web server, the shipped dataset loaded. When another
	 * process holds the embedded store, or the database stops the start's own work (the
	 * schema, the shipped load), the reason is printed in one line and no context is
	 * returned.
	 */
	private static Started start(Class<?> application, List<String> springArgs) {
		SpringApplication spring = new SpringApplication(application);
		spring.setLogStartupInfo(false);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setBannerMode(Banner.Mode.OFF);
		// A failed start is reported once, below: a locked store or the database's own
		// error in one line, anything else with its stack trace, not also by Spring's
		// own failure logging.
		spring.setDefaultProperties(Map.of("logging.level.root", "warn", "logging.level.io.littlegiants", "info",
				"logging.level.org.springframework.boot.SpringApplication", "off",
				"logging.level.org.springframework.context", "error",
				"logging.level.org.springframework.boot.diagnostics", "off"));
		try {
			return new Started(spring.run(springArgs.toArray(String[]::new)), 0);
		}
		catch (RuntimeException ex) {
			return new Started(null, startFailure(ex, System.err));
		}
	}

	/**
	 * The exit code of a start that failed, its reason printed in one line: another
	 * process holds the embedded store, the start's own work (the schema, the shipped
	 * load) failed in the database, or the embedded database refused a setting (wrong
	 * usage, 2). Anything else is rethrown, with its stack trace.
	 */
	static int startFailure(RuntimeException failure, PrintStream err) {
		if (lockedStore(failure)) {
			err.println("The embedded database is in use by another process (is the server running on the "
					+ "same data folder?): stop it, or run the command against its Bolt port with "
					+ "--spring.neo4j.uri=bolt://127.0.0.1:7687");
			return STORE_LOCKED;
		}
		Neo4jException database = databaseFailure(failure);
		if (database != null) {
			err.println("The start failed in the database (the schema or the shipped dataset): "
					+ DatabaseFailure.forOperator(database));
			return DATABASE_STOPPED;
		}
		String setting = refusedSetting(failure);
		if (setting != null) {
			err.println("The embedded database refused a setting (given as kb.embedded.*): " + setting);
			return 2;
		}
		throw failure;
	}

	/**
	 * Neo4j's reason for refusing one of its settings, e.g. a transaction memory below
	 * its minimum; null when the failure is not that.
	 */
	private static String refusedSetting(Throwable failure) {
		Throwable refused = cause(failure, cause -> cause instanceof IllegalArgumentException
				&& cause.getMessage() != null && cause.getMessage().startsWith("Error evaluating value for setting "));
		return (refused != null) ? refused.getMessage() : null;
	}

	/** The database's own error among the causes of a failure, or null. */
	private static Neo4jException databaseFailure(Throwable failure) {
		return (Neo4jException) cause(failure, Neo4jException.class::isInstance);
	}

	/** The first of a failure and its causes that passes the test, or null. */
	private static Throwable cause(Throwable failure, Predicate<Throwable> test) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (test.test(cause)) {
				return cause;
			}
		}
		return null;
	}

	/**
	 * A Spring property as the application would bind it from the command line and the
	 * environment ({@code KB_EMBEDDED_DATA_DIR}), for a command that runs before it
	 * starts; application.yml's values are the defaults given.
	 */
	private static String property(List<String> springArgs, String name, String defaultValue) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource(springArgs.toArray(String[]::new)));
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment).bind(name, String.class).orElse(defaultValue);
	}

	/**
	 * Whether the start failed because another process holds the embedded store's lock.
	 */
	static boolean lockedStore(Throwable failure) {
		return cause(failure, cause -> cause.getClass().getSimpleName().equals("FileLockException")) != null;
	}

	private static boolean isSpringProperty(String arg) {
		return arg.startsWith("--spring.") || arg.startsWith("--kb.") || arg.startsWith("--logging.")
				|| arg.startsWith("--server.");
	}

	/**
	 * A command line for a command of this application: enum values (a format, a tier)
	 * are accepted in any case, as in {@code --format list}.
	 */
	public static CommandLine commandLine(Object command) {
		return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true)
			.setExecutionExceptionHandler(Subcommands::databaseStopped);
	}

	/**
	 * A command the database stopped says why in one line, with the setting to change
	 * when there is one, rather than in a driver's stack trace; anything else is a bug
	 * and keeps its stack trace.
	 */
	private static int databaseStopped(Exception failure, CommandLine command, CommandLine.ParseResult parsed)
			throws Exception {
		Neo4jException database = databaseFailure(failure);
		if (database == null) {
			throw failure;
		}
		command.getErr()
			.println(command.getCommandName() + ": the database stopped it. " + DatabaseFailure.forOperator(database));
		command.getErr().flush();
		return DATABASE_STOPPED;
	}

}
