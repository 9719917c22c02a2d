:param policyId => 'policy:mofcom-2025-18';
// What a policy reaches, as a slice of the graph (the API chains the edges into explanatory
// paths from the policy and scores them; see src/analysis/maths/score.ts):
//   the elements and products the policy RESTRICTS, the products that CONTAIN a restricted
//   element, products that are kinds of those or made from them (up to maxDepth links: the bound
//   after `..`), applications that USE them, the industries they are PART_OF, companies that MAKE
//   those applications or PRODUCE those products (with their country), and the disruptions
//   ATTRIBUTED_TO the policy with what they HIT, where (AT) and what they LACKED.
// Every edge comes back as {id, type, source, target, confidence, critical, sourceIds}.
MATCH (policy:Policy {id: $policyId})
CALL (policy) {
  OPTIONAL MATCH (policy)-[r:RESTRICTS]->(x)
  RETURN collect(r) AS restrictRels, collect(x) AS restricted
}
CALL (restricted) {
  UNWIND restricted AS e
  MATCH (p:Product)-[r:CONTAINS]->(e:Element)
  RETURN collect(r) AS containsRels, collect(DISTINCT p) AS containing
}
CALL (restricted, containing) {
  UNWIND [x IN restricted WHERE x:Product] + containing AS start
  WITH DISTINCT start
  OPTIONAL MATCH chain = (:Product)-[:KIND_OF|MADE_FROM*1..3 /*maxDepth*/]->(start)
  UNWIND CASE WHEN chain IS NULL THEN [] ELSE relationships(chain) END AS r
  WITH DISTINCT r
  RETURN collect(r) AS chainRels
}
WITH policy, restrictRels, containsRels, chainRels,
     [x IN restricted WHERE x:Product] + containing + [r IN chainRels | startNode(r)] AS listed
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
CALL (policy) {
  OPTIONAL MATCH (d:Disruption)-[r:ATTRIBUTED_TO]->(policy)
  RETURN collect(r) AS attributedRels, collect(d) AS disruptions
}
CALL (disruptions) {
  UNWIND disruptions AS d
  MATCH (d)-[r:HIT|AT|LACKED]->()
  RETURN collect(r) AS disruptionRels
}
CALL (applications, products, disruptionRels) {
  CALL (applications, products, disruptionRels) {
    UNWIND applications AS a
    MATCH (c:Company)-[r:MAKES]->(a)
    RETURN r, c
    UNION
    UNWIND products AS p
    MATCH (c:Company)-[r:PRODUCES]->(p)
    RETURN r, c
    UNION
    UNWIND disruptionRels AS h
    WITH h WHERE type(h) = 'HIT'
    RETURN null AS r, endNode(h) AS c
  }
  RETURN collect(r) AS companyRels, collect(DISTINCT c) AS companies
}
CALL (companies) {
  UNWIND companies AS c
  OPTIONAL MATCH (c)-[:BASED_IN]->(k:Country)
  RETURN collect(DISTINCT {company: c.id, country: k {.*, label: 'Country'}}) AS bases
}
WITH policy, bases, restrictRels + containsRels + chainRels + uses + partOf + companyRels + attributedRels + disruptionRels AS rels
UNWIND CASE WHEN size(rels) = 0 THEN [null] ELSE rels END AS r
WITH policy, bases, collect(DISTINCT startNode(r)) + collect(DISTINCT endNode(r)) + [policy] AS ns,
     collect(DISTINCT CASE WHEN r IS NOT NULL THEN {id: type(r) + ':' + startNode(r).id + '->' + endNode(r).id, type: type(r),
       source: startNode(r).id, target: endNode(r).id, confidence: r.confidence, critical: r.critical, sourceIds: coalesce(r.sources, [])} END) AS edges
UNWIND ns AS n
WITH policy, bases, edges, collect(DISTINCT n {.*, label: labels(n)[0]}) AS nodes
RETURN policy.id AS rootId, nodes, edges, bases
