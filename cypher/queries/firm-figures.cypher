// The figures many firms reported (revenue, R&D share, staff...), one row per figure, keyed by
// firm id; each firm's newest period first within a metric. Parameters: $ids (list of firm ids).
UNWIND $ids AS id
MATCH (:Organization {id: id})-[:REPORTED]->(x:Figure)
RETURN id, x{.*} AS x
ORDER BY x.metric, x.period DESC
