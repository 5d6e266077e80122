// The page of supplyPaths, once the steps of supply-paths.cypher have chosen it: each firm
// listed, its start, and the SUPPLIES edges of its path read in full, from the start outwards.
// The edges are named by their element ids, which the steps read in the same transaction.
// Parameters: $paths (list of {firm: id, start: id, edges: [element id]}, in the page's order).
UNWIND range(0, size($paths) - 1) AS i
WITH i, $paths[i] AS path
MATCH (f:Organization {id: path.firm})
MATCH (s:Organization {id: path.start})
CALL (path) {
  UNWIND range(0, size(path.edges) - 1) AS j
  MATCH ()-[r:SUPPLIES]->() WHERE elementId(r) = path.edges[j]
  WITH j, r ORDER BY j
  RETURN collect(r{.*, type: type(r), supplier: properties(startNode(r)), customer: properties(endNode(r))}) AS hops
}
RETURN properties(f) AS firm, size(path.edges) AS depth, properties(s) AS start, hops
ORDER BY i
