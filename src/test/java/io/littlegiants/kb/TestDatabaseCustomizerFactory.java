package io.littlegiants.kb;

import java.util.List;

import org.neo4j.harness.Neo4j;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Starts the server a {@link TestDatabase} asks for and points the app at it. The
 * customizer is a record, so equal requests give equal context cache keys.
 */
class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		TestDatabase database = TestContextAnnotationUtils.findMergedAnnotation(testClass, TestDatabase.class);
		return (database != null) ? new Customizer(database.shippedData(), database.fixture()) : null;
	}

	record Customizer(boolean shippedData, String fixture) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Neo4j neo4j = this.shippedData ? TestNeo4j.startWithShippedData()
					: this.fixture.isEmpty() ? TestNeo4j.start() : TestNeo4j.startWithFixture(this.fixture);
			// Registered first, so destroyed last: after the driver and everything
			// using it.
			DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
			beans.registerSingleton("testNeo4j", neo4j);
			beans.registerDisposableBean("testNeo4j", neo4j::close);
			TestPropertyValues
				.of("spring.neo4j.uri=" + neo4j.boltURI(), "spring.neo4j.authentication.username=neo4j",
						"spring.neo4j.authentication.password=unused", "kb.dataset.load=" + this.shippedData)
				.applyTo(context);
		}

	}

}
