// Floor for a page of companies by name with the total: keyset cursor on (name, id).
:param first => 20
:param afterName => null
:param afterId => null
CALL () { MATCH (n:Company) RETURN count(n) AS totalCount }
CALL () {
  MATCH (n:Company)
  WHERE $afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)
  WITH n ORDER BY n.name, n.id LIMIT $first + 1
  RETURN collect(n {.id, .name}) AS nodes
}
RETURN totalCount, nodes
