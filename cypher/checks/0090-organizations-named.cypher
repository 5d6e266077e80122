// Every organization has a name. The API declares an organization's name non-null, and the firm list walks the
// Organization(name) index for a filter that many firms meet, so a firm without a name would be missing from it.
// Parameters: $today (unused).
MATCH (o:Organization)
WHERE o.name IS NULL OR trim(toString(o.name)) = ''
RETURN 'organization ' + coalesce(o.id, elementId(o)) + ' has no name' AS violation
ORDER BY violation
