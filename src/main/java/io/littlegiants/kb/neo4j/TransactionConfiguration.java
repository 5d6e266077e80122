package io.littlegiants.kb.neo4j;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The transaction manager: Spring Data Neo4j's, set up as Spring Boot sets it up
 * ({@code spring.transaction.*} applies), behind {@link RequestBoundTransactionManager}.
 * Boot's own backs off when this one is defined.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	PlatformTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
			ObjectProvider<TransactionManagerCustomizers> customizers, ApplicationContext context) {
		Neo4jTransactionManager neo4j = new Neo4jTransactionManager(driver, databases);
		neo4j.setApplicationContext(context);
		customizers.ifAvailable(customizer -> customizer.customize(neo4j));
		return new RequestBoundTransactionManager(neo4j, neo4j.getDefaultTimeout());
	}

}
