package io.littlegiants.kb.api;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The app's two pages. GraphiQL at {@code /graphiql}, served from the app with its
 * scripts (WebJars), so that it works on a machine without internet, and opening with one
 * example tab per analytic question ({@code static/graphiql/}). Spring for GraphQL's own
 * page loads its scripts from a CDN and is switched off.
 */
@Controller
class Pages {

	private final Resource graphiql = new ClassPathResource("static/graphiql/index.html");

	private final Resource explorer = new ClassPathResource("static/explore/index.html");

	@GetMapping({ "/graphiql", "/graphiql/" })
	ResponseEntity<Resource> graphiql() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(this.graphiql);
	}

	/**
	 * The supply-network explorer ({@code /explore?firm=<id>}): a firm, its suppliers and
	 * customers two tiers out, competitors and backers, drawn with Cytoscape from a
	 * WebJar.
	 */
	@GetMapping({ "/explore", "/explore/" })
	ResponseEntity<Resource> explorer() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(this.explorer);
	}

}
