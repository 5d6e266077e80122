// Relationships between organizations, in one MERGE whose type is the row's (Neo4j 5.26
// dynamic types). The guard keeps the types to the model's; each property is set only on
// the types that carry it, as docs/model.md lists them.
UNWIND $rows AS row
WITH row WHERE row.type IN ['SUPPLIES', 'INVESTS_IN', 'LISTED_ON', 'COMPETES_WITH', 'COLLABORATES_WITH', 'MENTORS',
                            'LENDS_TO']
MATCH (a:Organization {id: row.fromId}), (b:Organization {id: row.toId})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += {product: CASE WHEN row.type <> 'MENTORS' AND row.type <> 'LENDS_TO' THEN row.product END,
          hsCodes: CASE WHEN row.type IN ['SUPPLIES', 'COMPETES_WITH', 'COLLABORATES_WITH']
                        THEN split(row.hsCodes, ';') END,
          since: CASE WHEN row.type IN ['SUPPLIES', 'COLLABORATES_WITH', 'MENTORS'] THEN row.since END,
          until: CASE WHEN row.type IN ['SUPPLIES', 'MENTORS'] THEN row.until END,
          date: CASE WHEN row.type IN ['INVESTS_IN', 'LISTED_ON', 'COMPETES_WITH', 'LENDS_TO'] THEN row.date END,
          round: CASE WHEN row.type = 'INVESTS_IN' THEN row.round END,
          board: CASE WHEN row.type = 'LISTED_ON' THEN row.board END,
          ticker: CASE WHEN row.type = 'LISTED_ON' THEN row.ticker END,
          amount: CASE WHEN row.type IN ['SUPPLIES', 'INVESTS_IN', 'LISTED_ON', 'COMPETES_WITH', 'LENDS_TO']
                       THEN toFloat(row.amount) END,
          currency: CASE WHEN row.type IN ['SUPPLIES', 'INVESTS_IN', 'LISTED_ON', 'COMPETES_WITH', 'LENDS_TO']
                         THEN row.currency END,
          notes: row.notes, confidence: row.confidence, sourceIds: split(row.sourceIds, ';')};
