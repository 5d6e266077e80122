// What the graph records about the firms a supply-path question starts from: their direct
// suppliers and customers. A firm with none in the asked direction has no recorded supply
// relationships there, which is not the same as having none.
// Facts whose confidence is in $exclude count as absent.
// Parameters: $firmIds, $exclude.
UNWIND $firmIds AS id
MATCH (f:Organization {id: id})
RETURN f.id AS id, f.name AS name,
       COUNT { MATCH (f)<-[s:SUPPLIES]-() WHERE NOT s.confidence IN $exclude } AS suppliers,
       COUNT { MATCH (f)-[s:SUPPLIES]->() WHERE NOT s.confidence IN $exclude } AS customers
