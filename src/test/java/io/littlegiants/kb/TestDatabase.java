package io.littlegiants.kb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Points a Spring test's app at its own neo4j-harness server (the external-database mode,
 * no embedded database), started with the context and closed with it. Test classes with
 * the same database and configuration share one context, and so one server.
 * <p>
 * Without {@link #shippedData()} the app's start-up load is off: the graph is the
 * fixture's, or empty.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(TestDatabaseCustomizerFactory.class)
public @interface TestDatabase {

	/**
	 * Whether the server holds the shipped dataset, as the app's first start leaves it.
	 */
	boolean shippedData() default false;

	/**
	 * A Cypher script on the classpath that builds the graph before the app starts.
	 */
	String fixture() default "";

}
