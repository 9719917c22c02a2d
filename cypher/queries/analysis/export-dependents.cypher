:param productId => 'product:rare-earth-permanent-magnet';
// Everything downstream of a traded product, as a slice of the graph (the API chains the
// edges into explanatory paths and scores them; see src/analysis/maths/score.ts):
//   products that are kinds of it or made from it (up to maxDepth links: the bound after `..`),
//   applications that USE those products, the industries they are PART_OF, companies that MAKE
//   those applications or PRODUCE those products (with their country), the disruptions that HIT
//   those companies, and the policies that RESTRICT the products or the elements they CONTAIN.
// Every edge comes back as {id, type, source, target, confidence, critical, sourceIds}.
MATCH (root:Product {id: $productId})
CALL (root) {
  OPTIONAL MATCH chain = (:Product)-[:KIND_OF|MADE_FROM*1..3 /*maxDepth*/]->(root)
  UNWIND CASE WHEN chain IS NULL THEN [] ELSE relationships(chain) END AS r
  WITH DISTINCT r
  RETURN collect(r) AS chainRels
}
WITH root, chainRels, [root] + [r IN chainRels | startNode(r)] + [r IN chainRels | endNode(r)] AS listed
CALL (listed) {
  UNWIND listed AS p
  WITH DISTINCT p
  RETURN collect(p) AS products
}
CALL (products) {
  UNWIND products AS p
  MATCH (a:Application)-[r:USES]->(p)
  RETURN collect(r) AS uses, collect(DISTINCT a) AS applications
}
CALL (applications) {
  UNWIND applications AS a
  MATCH (a)-[r:PART_OF]->(:Industry)
  RETURN collect(r) AS partOf
}
CALL (applications, products) {
  CALL (applications, products) {
    UNWIND applications AS a
    MATCH (:Company)-[r:MAKES]->(a)
    RETURN r
    UNION
    UNWIND products AS p
    MATCH (:Company)-[r:PRODUCES]->(p)
    RETURN r
  }
  RETURN collect(r) AS companyRels, collect(DISTINCT startNode(r)) AS companies
}
CALL (companies) {
  UNWIND companies AS c
  OPTIONAL MATCH (c)-[:BASED_IN]->(k:Country)
  OPTIONAL MATCH (d:Disruption)-[h:HIT]->(c)
  RETURN collect(DISTINCT {company: c.id, country: k {.*, label: 'Country'}}) AS bases, collect(h) AS hits
}
CALL (products) {
  CALL (products) {
    UNWIND products AS p
    MATCH (:Policy)-[r:RESTRICTS]->(p)
    RETURN r
    UNION
    UNWIND products AS p
    MATCH (p)-[r:CONTAINS]->(e:Element) WHERE EXISTS { (:Policy)-[:RESTRICTS]->(e) }
    RETURN r
    UNION
    UNWIND products AS p
    MATCH (p)-[:CONTAINS]->(:Element)<-[r:RESTRICTS]-(:Policy)
    RETURN r
  }
  RETURN collect(r) AS policyRels
}
WITH root, chainRels, uses, partOf, companyRels, hits, policyRels, bases,
     chainRels + uses + partOf + companyRels + hits + policyRels AS rels
UNWIND CASE WHEN size(rels) = 0 THEN [null] ELSE rels END AS r
WITH root, bases, collect(DISTINCT startNode(r)) + collect(DISTINCT endNode(r)) + [root] AS ns,
     collect(DISTINCT CASE WHEN r IS NOT NULL THEN {id: type(r) + ':' + startNode(r).id + '->' + endNode(r).id, type: type(r),
       source: startNode(r).id, target: endNode(r).id, confidence: r.confidence, critical: r.critical, sourceIds: coalesce(r.sources, [])} END) AS edges
UNWIND ns AS n
WITH root, bases, edges, collect(DISTINCT n {.*, label: labels(n)[0]}) AS nodes
RETURN root.id AS rootId, nodes, edges, bases
