package io.littlegiants.kb.neo4j;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the in-process Neo4j that starts when no {@code spring.neo4j.uri} is set.
 *
 * @param dataDir folder that keeps the database between runs
 * @param boltAddress interface the Bolt connector listens on
 * @param boltPort Bolt port; 0 picks a free one
 * @param pageCache page cache size in Neo4j's notation, e.g. {@code 512m}
 * @param transactionTimeout longest any transaction may run, the app's or a Bolt
 * client's, before the database terminates it
 */
@ConfigurationProperties("kb.embedded")
public record EmbeddedNeo4jProperties(String dataDir, String boltAddress, int boltPort, String pageCache,
		Duration transactionTimeout) {

	public EmbeddedNeo4jProperties {
		dataDir = (dataDir == null || dataDir.isBlank()) ? "./data" : dataDir;
		boltAddress = (boltAddress == null || boltAddress.isBlank()) ? "127.0.0.1" : boltAddress;
		pageCache = (pageCache == null || pageCache.isBlank()) ? "256m" : pageCache;
		transactionTimeout = (transactionTimeout != null) ? transactionTimeout : Duration.ofSeconds(60);
		if (boltPort < 0 || boltPort > 65535) {
			throw new IllegalArgumentException("kb.embedded.bolt-port must be between 0 and 65535, was " + boltPort);
		}
	}

}
