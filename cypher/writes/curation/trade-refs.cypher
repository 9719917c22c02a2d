// What a trade report names, checked before it is written: the two countries, the product
// (and its HS code, stored on a new flow) and the source.
:param exporter => 'CHN'
:param importer => 'USA'
:param productId => 'product:rare-earth-permanent-magnet'
:param sourceId => 'source:chinatungsten-2025-07-22'
OPTIONAL MATCH (p:Product {id: $productId})
RETURN EXISTS { MATCH (:Country {iso3: $exporter}) } AS exporter,
       EXISTS { MATCH (:Country {iso3: $importer}) } AS importer,
       p IS NOT NULL AS product,
       p.hsCode AS hsCode,
       EXISTS { MATCH (:Source {id: $sourceId}) } AS source
