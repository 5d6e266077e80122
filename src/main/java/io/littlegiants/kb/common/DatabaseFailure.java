package io.littlegiants.kb.common;

import java.util.Set;

import org.neo4j.driver.exceptions.Neo4jException;

/**
 * What the database says when it stops work, read by its status code.
 */
public final class DatabaseFailure {

	private static final Set<String> OUT_OF_MEMORY = Set.of("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
			"Neo.TransientError.General.TransactionMemoryLimit");

	/**
	 * The exit code of a command the database stopped (out of memory, timed out), its
	 * reason printed: the same for every command.
	 */
	public static final int EXIT_CODE = 4;

	private DatabaseFailure() {
	}

	/**
	 * Whether the database stopped the work because the running transactions would hold
	 * more memory than allowed.
	 */
	public static boolean outOfMemory(Neo4jException failure) {
		return OUT_OF_MEMORY.contains(failure.code());
	}

	/**
	 * One line for the operator of a command: the database's message and status code, and
	 * for a memory limit, which setting raises it.
	 */
	public static String forOperator(Neo4jException failure) {
		String line = failure.getMessage() + " (" + failure.code() + ")";
		if (outOfMemory(failure)) {
			line += ". The embedded database's transactions may hold kb.embedded.transaction-memory together "
					+ "(512m unless set): give the command more, e.g. --kb.embedded.transaction-memory=2g, with a "
					+ "heap to match (java -Xmx3g); on an external server, dbms.memory.transaction.total.max";
		}
		return line;
	}

}
