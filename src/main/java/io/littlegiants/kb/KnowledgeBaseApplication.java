package io.littlegiants.kb;

import java.util.Arrays;

import io.littlegiants.kb.ingest.ImportCli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point: the Little Giants supply-chain knowledge base over GraphQL, or, with
 * {@code import} as first argument, the importer.
 */
@SpringBootApplication
public class KnowledgeBaseApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "import".equals(args[0])) {
			System.exit(ImportCli.run(KnowledgeBaseApplication.class, Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(KnowledgeBaseApplication.class, args);
	}

}
