// No date before the institution it refers to existed, and none after today. Dates are ISO strings as precise
// as the source (2023, 2023-03, 2023-03-23); a partial date counts as its latest possible day for "before"
// and its earliest for "after". Boards opened: BSE 2021-11-15, STAR 2019-07-22, ChiNext 2009-10-30.
// Parameters: $today (yyyy-MM-dd).
WITH {BSE: '2021-11-15', STAR: '2019-07-22', CHINEXT: '2009-10-30'} AS opened
CALL (opened) {
  MATCH (f)-[r:LISTED_ON]->(x)
  WHERE r.board IN keys(opened) AND r.date IS NOT NULL AND r.date <> ''
    AND r.date + substring('-12-31', size(r.date) - 4) < opened[r.board]
  RETURN 'LISTED_ON ' + r.id + ': ' + r.board + ' listing dated ' + r.date + ', before the board opened on '
         + opened[r.board] AS violation
  UNION ALL
  MATCH ()-[r]->()
  WHERE type(r) IN ['LISTED_ON', 'INVESTS_IN', 'LENDS_TO'] AND r.date > $today
  RETURN type(r) + ' ' + r.id + ': dated ' + r.date + ', after today' AS violation
  UNION ALL
  MATCH ()-[r]->()
  WHERE type(r) IN ['SUPPLIES', 'EXPORTS_TO', 'COLLABORATES_WITH', 'MENTORS'] AND r.since > $today
  RETURN type(r) + ' ' + r.id + ': since ' + r.since + ', after today' AS violation
  UNION ALL
  MATCH (c:Certification)
  WHERE c.awarded > date($today) OR c.awardYear > date($today).year
  RETURN 'Certification ' + c.id + ': awarded ' + coalesce(toString(c.awarded), toString(c.awardYear)) + ', after today'
         AS violation
  UNION ALL
  MATCH (o:Organization)
  WHERE o.founded > $today
  RETURN 'Organization ' + o.id + ': founded ' + o.founded + ', after today' AS violation
  UNION ALL
  MATCH (s:Source)
  WHERE s.date > $today
  RETURN 'Source ' + s.id + ': dated ' + s.date + ', after today' AS violation
}
RETURN violation
ORDER BY violation
