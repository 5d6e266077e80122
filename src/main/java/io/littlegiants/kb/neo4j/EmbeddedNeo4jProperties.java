package io.littlegiants.kb.neo4j;

import java.time.Duration;

import io.littlegiants.kb.common.Loopback;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the in-process Neo4j that starts when no {@code spring.neo4j.uri} is set.
 *
 * @param dataDir folder that keeps the database between runs
 * @param boltAddress interface the Bolt connector listens on
 * @param boltPort Bolt port; 0 picks a free one
 * @param pageCache page cache size in Neo4j's notation, e.g. {@code 512m}
 * @param transactionMemory memory all running transactions together may hold, e.g.
 * {@code 512m}; a query that needs more fails with a clear error instead of taking the
 * heap
 * @param transactionTimeout longest any transaction may run, the app's or a Bolt
 * client's, before the database terminates it
 * @param boltPassword the password of the {@code neo4j} user; blank: no authentication,
 * allowed only while Bolt listens on loopback
 * @param loadCsvFromUrls whether {@code LOAD CSV} may fetch URLs (off: a Bolt client
 * cannot make the database fetch from the network; file URLs are always off)
 */
@ConfigurationProperties("kb.embedded")
public record EmbeddedNeo4jProperties(String dataDir, String boltAddress, int boltPort, String pageCache,
		String transactionMemory, Duration transactionTimeout, String boltPassword, boolean loadCsvFromUrls) {

	public EmbeddedNeo4jProperties {
		dataDir = (dataDir == null || dataDir.isBlank()) ? "./data" : dataDir;
		boltAddress = (boltAddress == null || boltAddress.isBlank()) ? "127.0.0.1" : boltAddress;
		pageCache = (pageCache == null || pageCache.isBlank()) ? "512m" : pageCache;
		transactionMemory = (transactionMemory == null || transactionMemory.isBlank()) ? "512m" : transactionMemory;
		transactionTimeout = (transactionTimeout != null) ? transactionTimeout : Duration.ofSeconds(60);
		if (boltPort < 0 || boltPort > 65535) {
			throw new IllegalArgumentException("kb.embedded.bolt-port must be between 0 and 65535, was " + boltPort);
		}
		boltPassword = (boltPassword == null || boltPassword.isBlank()) ? null : boltPassword;
		if (boltPassword == null && !Loopback.isLoopback(boltAddress)) {
			throw new IllegalArgumentException("kb.embedded.bolt-address is " + boltAddress
					+ ", beyond loopback, but Bolt has no password: anyone on the network could read and delete the "
					+ "graph. Set kb.embedded.bolt-password (KB_EMBEDDED_BOLT_PASSWORD), or keep the address 127.0.0.1");
		}
		if (boltPassword != null && boltPassword.length() < 8) {
			throw new IllegalArgumentException("kb.embedded.bolt-password must have at least 8 characters");
		}
	}

	/** Never prints the password. */
	@Override
	public String toString() {
		return "EmbeddedNeo4jProperties[dataDir=" + this.dataDir + ", boltAddress=" + this.boltAddress + ", boltPort="
				+ this.boltPort + ", pageCache=" + this.pageCache + ", transactionMemory=" + this.transactionMemory
				+ ", transactionTimeout=" + this.transactionTimeout + ", boltPassword="
				+ ((this.boltPassword != null) ? "(set)" : "(none)") + ", loadCsvFromUrls=" + this.loadCsvFromUrls
				+ "]";
	}

}
