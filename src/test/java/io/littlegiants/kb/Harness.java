package io.littlegiants.kb;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;

/**
 * One Neo4j harness and a driver to it for a test class without the application: started
 * before the class's first test (and its own {@code @BeforeAll}), closed after its last.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Harness harness = Harness.withSchema();
 * </pre>
 */
public final class Harness implements BeforeAllCallback, AfterAllCallback {

	private final Supplier<Neo4j> start;

	private Neo4j neo4j;

	private Driver driver;

	private Harness(Supplier<Neo4j> start) {
		this.start = start;
	}

	/** An empty database with the application's schema. */
	public static Harness withSchema() {
		return new Harness(TestNeo4j::startWithSchema);
	}

	/** A database started some other way, e.g. {@link TestNeo4j#start}. */
	public static Harness of(Supplier<Neo4j> start) {
		return new Harness(start);
	}

	public Driver driver() {
		return this.driver;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.neo4j = this.start.get();
		this.driver = GraphDatabase.driver(this.neo4j.boltURI(), AuthTokens.none());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.driver.close();
		this.neo4j.close();
	}

}
