package io.littlegiants.kb.neo4j;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no external database is configured, i.e. {@code spring.neo4j.uri} is unset
 * or blank: the app then starts its own embedded Neo4j.
 */
class NoExternalNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
		return uri == null || uri.isBlank();
	}

}
