// Floor for the five-level list: country → companies → products → applications → industries.
:param first => 50
MATCH (c:Country)
WITH c ORDER BY c.name, c.id LIMIT $first
CALL (c) {
  MATCH (c)<-[:BASED_IN]-(co:Company)
  WITH co ORDER BY co.name, co.id LIMIT 100
  CALL (co) {
    MATCH (co)-[:PRODUCES]->(p:Product)
    WITH p ORDER BY p.name, p.id LIMIT 100
    CALL (p) {
      MATCH (p)<-[:USES]-(a:Application)
      WITH a ORDER BY a.name, a.id LIMIT 100
      CALL (a) {
        MATCH (a)-[:PART_OF]->(i:Industry)
        WITH i ORDER BY i.name, i.id LIMIT 100
        RETURN collect(i {.id, .name}) AS industries
      }
      RETURN collect(a {.id, industries: industries}) AS applications
    }
    RETURN collect(p {.id, applications: applications}) AS products
  }
  RETURN collect(co {.id, products: products}) AS companies
}
RETURN c {.id, companies: companies} AS country
