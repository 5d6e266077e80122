// Every HOLDS relationship runs from an organization to a Certification. The questions about certified firms
// count a firm's HOLDS relationships, without reading them, when no confidence is excluded and expiry does not
// matter, so anything else held would make a firm look certified. Parameters: $today (unused).
MATCH (o)-[:HOLDS]->(x)
WHERE NOT x:Certification OR NOT o:Organization
RETURN coalesce(o.id, elementId(o)) + ' HOLDS ' + coalesce(x.id, elementId(x)) + ', a ' + coalesce(labels(x)[0], 'node')
       + CASE WHEN x:Certification THEN ' held by something other than an organization' ELSE ', not a Certification' END
       AS violation
ORDER BY violation
