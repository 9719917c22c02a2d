// Which of the given source ids name no Source (a curation write is refused when any does).
:param ids => ['source:chinatungsten-2025-07-22', 'source:does-not-exist']
UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
WITH id, s WHERE s IS NULL
RETURN collect(id) AS missing
