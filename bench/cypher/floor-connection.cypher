// Floor for a page of companies by name with the total: keyset cursor on (name, id), read in
// index order (company_name) and stopped after first + 1 rows; the total from the count store.
:param first => 20
:param afterName => null
:param afterId => null
CALL () { MATCH (n:Company) RETURN count(n) AS totalCount }
CALL () {
  MATCH (n:Company)
  WHERE n.name IS NOT NULL
    AND ($afterName IS NULL OR (n.name >= $afterName AND (n.name > $afterName OR n.id > $afterId)))
  WITH n ORDER BY n.name, n.id LIMIT $first + 1
  RETURN collect(n {.id, .name}) AS nodes
}
RETURN totalCount, nodes
