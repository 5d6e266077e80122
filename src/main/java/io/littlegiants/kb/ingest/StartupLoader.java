package io.littlegiants.kb.ingest;

import io.littlegiants.kb.firm.SearchTexts;
import io.littlegiants.kb.firm.UnknownValidity;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On start: applies the schema (constraints and indexes), then loads the shipped dataset
 * from {@code import/} unless {@code kb.dataset.load=false} or the same dataset is
 * already in the graph, then (once ready, unless {@code kb.pinyin.catch-up=false}) brings
 * the texts derived from names (pinyin, lower-cased names) and the marks of titles
 * without an end of validity up to date. The server runs this in the background
 * ({@code kb.dataset.background=true}): it opens at once, reports the load in
 * {@code /actuator/health} and answers GraphQL with a "loading" error until the data is
 * complete, so no request sees a half-loaded graph and a first start never looks hung.
 * The subcommands and the tests load before they go on.
 */
@Component
class StartupLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StartupLoader.class);

	private final SchemaInitializer schema;

	private final DatasetLoader loader;

	private final DatasetState state;

	private final boolean load;

	private final boolean background;

	private final String location;

	private final Driver driver;

	private final boolean catchUpPinyin;

	StartupLoader(SchemaInitializer schema, DatasetLoader loader, DatasetState state,
			@Value("${kb.dataset.load:true}") boolean load, @Value("${kb.dataset.background:false}") boolean background,
			@Value("${kb.dataset.location:classpath:import/}") String location, Driver driver,
			@Value("${kb.pinyin.catch-up:true}") boolean catchUpPinyin) {
		this.catchUpPinyin = catchUpPinyin;
		this.schema = schema;
		this.loader = loader;
		this.state = state;
		this.driver = driver;
		this.load = load;
		this.background = background;
		this.location = location;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.background) {
			loadAndIndex();
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				loadAndIndex();
			}
			catch (RuntimeException ex) {
				log.error("The dataset load failed; the server answers with errors until it is restarted", ex);
				this.state.failed("the dataset load failed: " + ex.getMessage());
			}
		}, "dataset-load");
		// A stop during the load leaves it unmarked: the next start loads again.
		thread.setDaemon(true);
		thread.start();
	}

	private void loadAndIndex() {
		this.state.loading("applying the schema");
		this.schema.apply();
		if (this.load) {
			this.loader.loadIfChanged("shipped", this.location);
		}
		this.state.ready("loaded");
		if (this.catchUpPinyin) {
			catchUp();
		}
	}

	/**
	 * Names written since the last start by other means than the importer (Cypher over
	 * Bolt) get their pinyin and their lower-cased text after the server is ready, and
	 * titles their mark of unknown validity: the importer writes them with each batch,
	 * and the scan of every organization took 9.5 s of a 34 s restart at 1.1 million
	 * firms.
	 */
	private void catchUp() {
		try {
			SearchTexts.refresh(this.driver);
		}
		catch (RuntimeException ex) {
			log.warn("Writing the pinyin and lower-cased text of names changed since the last start failed; "
					+ "search by pinyin and the name filter may miss them until the next import or start", ex);
		}
		try {
			UnknownValidity.refresh(this.driver);
		}
		catch (RuntimeException ex) {
			log.warn("Marking the titles written without an end of validity since the last start failed; "
					+ "the firm list's UNKNOWN status may miss them until the next start", ex);
		}
	}

}
