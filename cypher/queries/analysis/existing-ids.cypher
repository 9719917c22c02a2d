:param ids => ['element:Dy', 'company:ford'];
// Which of some ids exist (one index seek per id): used to tell NOT_FOUND from "no path".
UNWIND $ids AS id
CALL (id) {
    MATCH (s:Country {id: id}) RETURN s
    UNION
    MATCH (s:Element {id: id}) RETURN s
    UNION
    MATCH (s:Product {id: id}) RETURN s
    UNION
    MATCH (s:Application {id: id}) RETURN s
    UNION
    MATCH (s:Industry {id: id}) RETURN s
    UNION
    MATCH (s:Company {id: id}) RETURN s
    UNION
    MATCH (s:Facility {id: id}) RETURN s
    UNION
    MATCH (s:TradeFlow {id: id}) RETURN s
    UNION
    MATCH (s:TradeReport {id: id}) RETURN s
    UNION
    MATCH (s:ProductionStat {id: id}) RETURN s
    UNION
    MATCH (s:Policy {id: id}) RETURN s
    UNION
    MATCH (s:Disruption {id: id}) RETURN s
    UNION
    MATCH (s:Source {id: id}) RETURN s
}
RETURN s.id AS id
