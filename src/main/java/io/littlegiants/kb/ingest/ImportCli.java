package io.littlegiants.kb.ingest;

import java.util.Arrays;
import java.util.Map;

import io.littlegiants.kb.ingest.importer.ImportCommand;
import io.littlegiants.kb.ingest.importer.Importer;
import picocli.CommandLine;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the {@code import} subcommand: the application without its web server, then the
 * command. Spring properties ({@code --spring.neo4j.uri=...},
 * {@code --kb.embedded.data-dir=...}) may stand anywhere among the command's own options.
 */
public final class ImportCli {

	private ImportCli() {
	}

	/**
	 * @param application the application class to start
	 * @param args the arguments after {@code import}
	 * @return the exit code
	 */
	public static int run(Class<?> application, String[] args) {
		String[] springArgs = Arrays.stream(args).filter(ImportCli::isSpringProperty).toArray(String[]::new);
		String[] commandArgs = Arrays.stream(args).filter(a -> !isSpringProperty(a)).toArray(String[]::new);
		// Usage mistakes and --help are answered before any database starts.
		CommandLine check = new CommandLine(new ImportCommand(null, System.out));
		try {
			check.parseArgs(commandArgs);
			if (check.isUsageHelpRequested() || check.isVersionHelpRequested()) {
				check.usage(System.out);
				return 0;
			}
		}
		catch (CommandLine.ParameterException ex) {
			System.err.println(ex.getMessage());
			check.usage(System.err);
			return 2;
		}
		SpringApplication spring = new SpringApplication(application);
		spring.setLogStartupInfo(false);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setBannerMode(Banner.Mode.OFF);
		spring.setDefaultProperties(Map.of("logging.level.root", "warn", "logging.level.io.littlegiants", "info"));
		try (ConfigurableApplicationContext context = spring.run(springArgs)) {
			return new CommandLine(new ImportCommand(context.getBean(Importer.class), System.out)).execute(commandArgs);
		}
	}

	private static boolean isSpringProperty(String arg) {
		return arg.startsWith("--spring.") || arg.startsWith("--kb.") || arg.startsWith("--logging.")
				|| arg.startsWith("--server.");
	}

}
