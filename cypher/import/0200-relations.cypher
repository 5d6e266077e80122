// Relationships between organizations. One statement per type keeps the types literal.
UNWIND $rows AS row
WITH row WHERE row.type = 'SUPPLIES'
MATCH (a:Organization {id: row.fromId}), (b:Organization {id: row.toId})
MERGE (a)-[r:SUPPLIES {id: row.id}]->(b)
SET r += {product: row.product, hsCodes: coalesce(split(row.hsCodes, ';'), []), since: row.since, until: row.until,
          amount: toFloat(row.amount), currency: row.currency, notes: row.notes, confidence: row.confidence,
          sourceIds: split(row.sourceIds, ';')};
UNWIND $rows AS row
WITH row WHERE row.type = 'INVESTS_IN'
MATCH (a:Organization {id: row.fromId}), (b:Organization {id: row.toId})
MERGE (a)-[r:INVESTS_IN {id: row.id}]->(b)
SET r += {product: row.product, round: row.round, date: row.date, amount: toFloat(row.amount), currency: row.currency,
          notes: row.notes, confidence: row.confidence, sourceIds: split(row.sourceIds, ';')};
UNWIND $rows AS row
WITH row WHERE row.type = 'LISTED_ON'
MATCH (a:Organization {id: row.fromId}), (b:Organization {id: row.toId})
MERGE (a)-[r:LISTED_ON {id: row.id}]->(b)
SET r += {product: row.product, board: row.board, ticker: row.ticker, date: row.date, amount: toFloat(row.amount),
          currency: row.currency, notes: row.notes, confidence: row.confidence, sourceIds: split(row.sourceIds, ';')};
UNWIND $rows AS row
WITH row WHERE row.type = 'COMPETES_WITH'
MATCH (a:Organization {id: row.fromId}), (b:Organization {id: row.toId})
MERGE (a)-[r:COMPETES_WITH {id: row.id}]->(b)
SET r += {product: row.product, hsCodes: coalesce(split(row.hsCodes, ';'), []), date: row.date,
          amount: toFloat(row.amount), currency: row.currency, notes: row.notes, confidence: row.confidence,
          sourceIds: split(row.sourceIds, ';')};
UNWIND $rows AS row
WITH row WHERE row.type IN ['COLLABORATES_WITH', 'MENTORS', 'LENDS_TO']
MATCH (a:Organization {id: row.fromId}), (b:Organization {id: row.toId})
CALL (a, b, row) {
  WITH a, b, row WHERE row.type = 'COLLABORATES_WITH'
  MERGE (a)-[r:COLLABORATES_WITH {id: row.id}]->(b)
  SET r += {product: row.product, hsCodes: coalesce(split(row.hsCodes, ';'), []), since: row.since, notes: row.notes,
            confidence: row.confidence, sourceIds: split(row.sourceIds, ';')}
}
CALL (a, b, row) {
  WITH a, b, row WHERE row.type = 'MENTORS'
  MERGE (a)-[r:MENTORS {id: row.id}]->(b)
  SET r += {since: row.since, until: row.until, notes: row.notes, confidence: row.confidence,
            sourceIds: split(row.sourceIds, ';')}
}
CALL (a, b, row) {
  WITH a, b, row WHERE row.type = 'LENDS_TO'
  MERGE (a)-[r:LENDS_TO {id: row.id}]->(b)
  SET r += {date: row.date, amount: toFloat(row.amount), currency: row.currency, notes: row.notes,
            confidence: row.confidence, sourceIds: split(row.sourceIds, ';')}
};
