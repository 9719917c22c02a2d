// Creates a source, or (with $update) updates the given fields of an existing one.
// A source named as `newSource` inside another write is created when new and never overwritten.
:param id => 'source:test-example'
:param props => {title: 'Example', name: 'Example'}
:param update => false
MERGE (s:Source {id: $id})
  ON CREATE SET s += $props
FOREACH (_ IN CASE WHEN $update THEN [1] ELSE [] END | SET s += $props)
RETURN s {.*} AS node
