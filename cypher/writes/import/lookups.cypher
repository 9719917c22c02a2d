// What the importer resolves rows against, read once per run: products by id, name, alias and
// HS code; the ISO3 codes of known countries; known sources by URL.
CALL () {
  MATCH (p:Product)
  RETURN collect({id: p.id, names: [p.id, p.name] + coalesce(p.aliases, []), hsCode: p.hsCode}) AS products
}
CALL () {
  MATCH (c:Country)
  RETURN collect(c.iso3) AS countries
}
CALL () {
  MATCH (s:Source) WHERE s.url IS NOT NULL
  RETURN collect({url: s.url, id: s.id}) AS sources
}
RETURN products, countries, sources
