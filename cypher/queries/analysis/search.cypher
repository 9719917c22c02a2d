:param query => 'dysprosium dysprosium*';
:param labels => [];
:param first => 10;
// Full-text search over names, aliases, symbols, ISO codes and policy references (index
// entity_names, cypher/schema/constraints.cypher), across entity types, best match first.
// `query` is Lucene syntax: the API escapes every operator character of the user's words and
// matches each word whole or as a prefix. `labels` ([] = all) keeps only some types.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE size($labels) = 0 OR labels(node)[0] IN $labels
WITH node, score ORDER BY score DESC, node.id ASC
LIMIT $first
RETURN node {.*, label: labels(node)[0]} AS node, score
