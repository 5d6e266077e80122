package io.littlegiants.kb.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j in-process, keeping its store on disk, and publishes its Bolt URI as the
 * connection details, so that the rest of the app talks Bolt exactly as it would to an
 * external server. Switched off as soon as {@code spring.neo4j.uri} is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
public class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		// Neo4j rejects relative or non-normalised home paths.
		Path home = Path.of(properties.dataDir()).toAbsolutePath().normalize();
		log.info("Starting embedded Neo4j in {} with Bolt on {}:{}", home, properties.boltAddress(),
				properties.boltPort());
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltAddress(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, properties.boltPassword() != null)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			// LOAD CSV is not used (the loader streams CSV over Bolt): file access
			// stays shut.
			.setConfig(GraphDatabaseSettings.allow_file_urls, false)
			// No transaction runs unbounded, in time or memory: one runaway query cannot
			// hold the machine or take the heap the server answers from.
			.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
			.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
					ByteUnit.parse(properties.transactionMemory()))
			// Neo4j reports usage data (store size, counts of nodes and relationships) to
			// Neo4j every day unless told not to: nobody running this agreed to that.
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			// Without this every shutdown waits about ten seconds for Netty.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
		if (!properties.loadCsvFromUrls()) {
			// No address may be fetched by LOAD CSV: a Bolt client cannot make the
			// database reach into the network (Community has no LOAD privilege to grant
			// or deny).
			builder.setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
					List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")));
		}
		DatabaseManagementService service = builder.build();
		if (properties.boltPassword() != null) {
			setPassword(service, properties.boltPassword());
		}
		return service;
	}

	/**
	 * Gives the {@code neo4j} user the configured password, so that neither the first
	 * start's default password nor an old one stays valid.
	 */
	private static void setPassword(DatabaseManagementService service, String password) {
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (RuntimeException ex) {
			// Unchanged since the last start: Neo4j refuses to set the same
			// password again.
			if (!String.valueOf(ex.getMessage()).contains("Old password and new password cannot be the same")) {
				service.shutdown();
				throw ex;
			}
		}
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j,
			EmbeddedNeo4jProperties properties) {
		GraphDatabaseAPI db = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var port = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + port.getHost() + ":" + port.getPort());
		log.info("Embedded Neo4j ready at {}", uri);
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return (properties.boltPassword() != null) ? AuthTokens.basic("neo4j", properties.boltPassword())
						: AuthTokens.none();
			}
		};
	}

}
