package io.littlegiants.kb.ingest;

import io.littlegiants.kb.firm.PinyinText;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On start: applies the schema, then loads the shipped dataset from {@code import/}
 * unless {@code kb.dataset.load=false} or the same dataset is already in the graph, then
 * brings the pinyin of Chinese names up to date. Runs once every bean exists and before
 * the web server opens, so that no request sees a half-loaded graph.
 */
@Component
class StartupLoader implements SmartInitializingSingleton {

	private final SchemaInitializer schema;

	private final DatasetLoader loader;

	private final boolean load;

	private final String location;

	private final Driver driver;

	StartupLoader(SchemaInitializer schema, DatasetLoader loader, @Value("${kb.dataset.load:true}") boolean load,
			@Value("${kb.dataset.location:classpath:import/}") String location, Driver driver) {
		this.schema = schema;
		this.loader = loader;
		this.driver = driver;
		this.load = load;
		this.location = location;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.schema.apply();
		if (this.load) {
			this.loader.loadIfChanged("shipped", this.location);
		}
		PinyinText.refresh(this.driver);
	}

}
