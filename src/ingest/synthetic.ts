/**
 * Deterministic synthetic trade rows in our flow-CSV layout, for throughput measurements and
 * tests only. Every row is marked: the source is https://synthetic.invalid/..., the publisher
 * says SYNTHETIC, confidence LOW, and the periods start in 1800, long before any real data.
 * Never load them into a graph whose figures anyone reads.
 */
export const SYNTHETIC_SOURCE_URL = 'https://synthetic.invalid/rare-earth-graph/generated-flows';
export const FLOW_HEADER = 'exporter_iso3,importer_iso3,product,hs_code,period,quantity_tonnes,value_usd,source_url,source_publisher,source_date,quote,reported_mom_change_pct,reported_yoy_change_pct,confidence,basis';

/** Seeded countries and products (cypher/seed/nodes), so every generated row resolves. */
const COUNTRIES = ['CHN', 'USA', 'DEU', 'KOR', 'VNM', 'JPN', 'IND', 'AUS', 'BRA', 'MMR', 'CAN', 'GRL', 'MDG', 'MYS', 'NGA', 'RUS', 'ZAF', 'TZA', 'THA', 'EST', 'FRA', 'BEL', 'NLD', 'MEX', 'WLD'];
const PRODUCTS = ['product:rare-earth-permanent-magnet', 'product:rare-earth-metals', 'product:rare-earth-compounds', 'product:cerium-compounds', 'product:rare-earth-concentrate'];

export function* syntheticFlowLines(count: number, startYear = 1800): Generator<string> {
  let state = 20250722;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const pairs: [string, string][] = [];
  for (const a of COUNTRIES) for (const b of COUNTRIES) if (a !== b && a !== 'WLD') pairs.push([a, b]);
  const perMonth = pairs.length * PRODUCTS.length;
  for (let i = 0; i < count; i += 1) {
    const month = Math.floor(i / perMonth);
    const [exporter, importer] = pairs[Math.floor((i % perMonth) / PRODUCTS.length)];
    const product = PRODUCTS[i % PRODUCTS.length];
    const period = `${startYear + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    const tonnes = Math.round(random() * 100_000) / 10;
    const usd = Math.round(tonnes * (20_000 + random() * 80_000));
    yield `${exporter},${importer},${product},,${period},${tonnes},${usd},${SYNTHETIC_SOURCE_URL},SYNTHETIC (generated; not a real figure),,synthetic row ${i + 1},,,LOW,REPORTED`;
  }
}
