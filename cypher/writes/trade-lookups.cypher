// What the trade-flow loader needs to resolve a CSV row: products by id, name or alias,
// the ISO3 codes of known countries, and the ids of known sources by URL.
CALL () {
  MATCH (p:Product)
  RETURN collect({id: p.id, names: [p.id, p.name] + coalesce(p.aliases, [])}) AS products
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
