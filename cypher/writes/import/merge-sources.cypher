// Sources named by a batch of imported trade rows (or by a curation mutation): created when new,
// never overwritten (a source's title and publisher are curated once).
:param sources => [{id: 'source:test-example', title: 'Example', name: 'Example', url: 'https://example.org/a'}]
UNWIND $sources AS source
MERGE (s:Source {id: source.id})
  ON CREATE SET s += source
RETURN count(s) AS merged
