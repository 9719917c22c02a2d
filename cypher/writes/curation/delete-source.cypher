// Deletes a source that nothing cites; returns whether it existed and how many facts cite it,
// by CITES or in a relationship's `sources` list (a cited source is kept: deleting it would
// leave numbers without a source). The relationship check scans relationships: curation-sized.
:param id => 'source:does-not-exist'
OPTIONAL MATCH (s:Source {id: $id})
WITH s, s IS NOT NULL AS existed,
     COUNT { (s)<-[:CITES]-() } + COUNT { ()-[r]->() WHERE $id IN r.sources } AS citing
CALL (s, citing) {
  WITH s WHERE s IS NOT NULL AND citing = 0
  DETACH DELETE s
}
RETURN existed, citing
