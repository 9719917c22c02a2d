// Constraints and indexes of the rare-earth graph. Applied at every start; each statement is
// idempotent (IF NOT EXISTS). Run by hand with: npm run cypher -- cypher/schema/constraints.cypher

// One unique id per label (also the index behind every lookup by id).
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT element_id IF NOT EXISTS FOR (n:Element) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT application_id IF NOT EXISTS FOR (n:Application) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT facility_id IF NOT EXISTS FOR (n:Facility) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trade_flow_id IF NOT EXISTS FOR (n:TradeFlow) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trade_report_id IF NOT EXISTS FOR (n:TradeReport) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT production_stat_id IF NOT EXISTS FOR (n:ProductionStat) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT disruption_id IF NOT EXISTS FOR (n:Disruption) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Fields the API filters and sorts on.
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3);
CREATE INDEX element_name IF NOT EXISTS FOR (n:Element) ON (n.name);
CREATE INDEX element_symbol IF NOT EXISTS FOR (n:Element) ON (n.symbol);
CREATE INDEX product_name IF NOT EXISTS FOR (n:Product) ON (n.name);
CREATE INDEX product_hs_code IF NOT EXISTS FOR (n:Product) ON (n.hsCode);
CREATE INDEX product_stage IF NOT EXISTS FOR (n:Product) ON (n.stage);
CREATE INDEX application_name IF NOT EXISTS FOR (n:Application) ON (n.name);
CREATE INDEX industry_name IF NOT EXISTS FOR (n:Industry) ON (n.name);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX facility_name IF NOT EXISTS FOR (n:Facility) ON (n.name);
CREATE INDEX trade_flow_period IF NOT EXISTS FOR (n:TradeFlow) ON (n.period);
CREATE INDEX trade_flow_route IF NOT EXISTS FOR (n:TradeFlow) ON (n.exporterIso3, n.importerIso3, n.period);
// One exporter (or importer) over a range of months, with or without the other side: a composite
// index is only sought with conditions on all its properties, so `route` alone left these queries
// to the period index, whose cost grows with every country's flows (measured by npm run bench).
CREATE INDEX trade_flow_exporter_period IF NOT EXISTS FOR (n:TradeFlow) ON (n.exporterIso3, n.period);
CREATE INDEX trade_flow_importer_period IF NOT EXISTS FOR (n:TradeFlow) ON (n.importerIso3, n.period);
CREATE INDEX trade_flow_product IF NOT EXISTS FOR (n:TradeFlow) ON (n.productId, n.period);
CREATE INDEX trade_flow_hs_code IF NOT EXISTS FOR (n:TradeFlow) ON (n.hsCode);
CREATE INDEX trade_flow_quantity IF NOT EXISTS FOR (n:TradeFlow) ON (n.quantityTonnes);
CREATE INDEX production_stat_year IF NOT EXISTS FOR (n:ProductionStat) ON (n.year);
CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name);
CREATE INDEX policy_effective_on IF NOT EXISTS FOR (n:Policy) ON (n.effectiveOn);
CREATE INDEX disruption_name IF NOT EXISTS FOR (n:Disruption) ON (n.name);
CREATE INDEX disruption_started_on IF NOT EXISTS FOR (n:Disruption) ON (n.startedOn);
CREATE INDEX source_name IF NOT EXISTS FOR (n:Source) ON (n.name);
CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url);

// Full-text search over names and aliases, across entity types.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Country|Element|Product|Application|Industry|Company|Facility|Policy|Disruption|Source)
ON EACH [n.name, n.aliasText, n.symbol, n.iso3, n.reference];
