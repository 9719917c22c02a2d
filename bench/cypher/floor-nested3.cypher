// Floor for the three-level list: countries → companies → facilities, sorted by name, in one query.
:param first => 50
MATCH (c:Country)
WITH c ORDER BY c.name, c.id LIMIT $first
CALL (c) {
  MATCH (c)<-[:BASED_IN]-(co:Company)
  WITH co ORDER BY co.name, co.id LIMIT 100
  CALL (co) {
    MATCH (co)-[:OPERATES]->(f:Facility)
    WITH f ORDER BY f.name, f.id LIMIT 100
    RETURN collect(f {.id, .name}) AS facilities
  }
  RETURN collect(co {.id, .name, facilities: facilities}) AS companies
}
RETURN c {.id, .name, companies: companies} AS country
