package io.littlegiants.kb.api;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}, served from the app with its scripts (WebJars), so that
 * it works on a machine without internet, and opening with one example tab per analytic
 * question ({@code static/graphiql/}). Spring for GraphQL's own page loads its scripts
 * from a CDN and is switched off.
 */
@Controller
class GraphiQlPage {

	private final Resource page = new ClassPathResource("static/graphiql/index.html");

	@GetMapping({ "/graphiql", "/graphiql/" })
	ResponseEntity<Resource> graphiql() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(this.page);
	}

}
