package io.littlegiants.kb;

import io.littlegiants.kb.ingest.Subcommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point: the Little Giants supply-chain knowledge base over GraphQL, or, with
 * {@code import} or {@code check} as first argument, the importer or the data-quality
 * gate.
 */
@SpringBootApplication
public class KnowledgeBaseApplication {

	public static void main(String[] args) {
		if (Subcommands.isSubcommand(args)) {
			System.exit(Subcommands.run(KnowledgeBaseApplication.class, args));
		}
		SpringApplication.run(KnowledgeBaseApplication.class, args);
	}

}
