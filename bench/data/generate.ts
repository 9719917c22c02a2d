/**
 * The synthetic graph: the real graph's shape (countries, companies, facilities, products,
 * applications, industries, trade flows per country pair and product per month), grown by a
 * scale factor. Pure and deterministic: the same (scale, seed) always yields the same rows.
 * Every synthetic node carries `synthetic: true` and an id with a `syn-` key (`company:syn-000042`),
 * and the data is only ever loaded into the benchmark's own Neo4j store (see load.ts).
 *
 * Sizes at scale s: 25·s countries, 4 companies per country, 2 facilities per company,
 * 20·s products, 15·s applications, 8·s industries; every country exports 4 products to
 * 6 partners over 24 months → 14,400·s trade flows (1.44 million at ×100).
 */
export const GENERATOR_VERSION = 1;

export interface GeneratorOptions {
  scale: number;
  seed: number;
}

export const MONTHS = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const PARTNERS = 6;
const PRODUCTS_PER_EXPORTER = 4;
const COMPANIES_PER_COUNTRY = 4;
const FACILITIES_PER_COMPANY = 2;
const REGIONS = ['Asia', 'Europe', 'Africa', 'North America', 'South America', 'Oceania'];
const ROLES = ['MINER', 'SEPARATOR', 'METAL_MAKER', 'MAGNET_MAKER', 'COMPONENT_MAKER', 'OEM'];
const STAGES = ['ORE', 'CONCENTRATE', 'OXIDE', 'METAL', 'ALLOY', 'MAGNET', 'COMPONENT'];
const KINDS = ['MINE', 'SEPARATION', 'METAL_PLANT', 'MAGNET_PLANT', 'ASSEMBLY_PLANT'];

export interface Sizes {
  countries: number;
  companies: number;
  facilities: number;
  products: number;
  applications: number;
  industries: number;
  tradeFlows: number;
}

export function sizesOf(scale: number): Sizes {
  const countries = Math.max(3, Math.round(25 * scale));
  const companies = countries * COMPANIES_PER_COUNTRY;
  return {
    countries,
    companies,
    facilities: companies * FACILITIES_PER_COMPANY,
    products: Math.max(5, Math.round(20 * scale)),
    applications: Math.max(4, Math.round(15 * scale)),
    industries: Math.max(3, Math.round(8 * scale)),
    tradeFlows: countries * Math.min(PARTNERS, countries - 1) * PRODUCTS_PER_EXPORTER * MONTHS.length,
  };
}

export type Props = Record<string, string | number | boolean | string[] | null>;
export interface NodeRow { id: string; props: Props }
export interface RelRow { from: string; to: string; props: Props }
export interface FlowRow { id: string; exporterId: string; importerId: string; productId: string; props: Props }

export interface SyntheticGraph {
  sizes: Sizes;
  nodes: { label: string; rows: NodeRow[] }[];
  relationships: { type: string; fromLabel: string; toLabel: string; rows: RelRow[] }[];
  /** Trade flows, streamed in batches: at ×100 there are too many to hold comfortably at once. */
  flowBatches(batchSize: number): Generator<FlowRow[]>;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const countryIso3 = (i: number) => `syn-${pad(i, 4)}`;
export const countryId = (i: number) => `country:${countryIso3(i)}`;
const companyId = (i: number) => `company:syn-${pad(i, 6)}`;
const facilityId = (i: number) => `facility:syn-${pad(i, 6)}`;
const productId = (i: number) => `product:syn-${pad(i, 5)}`;
const applicationId = (i: number) => `application:syn-${pad(i, 5)}`;
const industryId = (i: number) => `industry:syn-${pad(i, 4)}`;

export function generate({ scale, seed }: GeneratorOptions): SyntheticGraph {
  const sizes = sizesOf(scale);
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const distinct = (count: number, total: number, exclude = -1) => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, total - (exclude >= 0 ? 1 : 0))) {
      const i = Math.floor(random() * total);
      if (i !== exclude) chosen.add(i);
    }
    return [...chosen].sort((a, b) => a - b);
  };
  const mark = { synthetic: true };

  const countries = range(sizes.countries).map((i) => ({
    id: countryId(i),
    props: { ...mark, iso3: countryIso3(i), name: `Synthetic country ${pad(i, 4)}`, region: pick(REGIONS), aliases: [], isAggregate: false },
  }));
  const industries = range(sizes.industries).map((i) => ({ id: industryId(i), props: { ...mark, name: `Synthetic industry ${pad(i, 4)}` } }));
  const applications = range(sizes.applications).map((i) => ({
    id: applicationId(i),
    props: { ...mark, name: `Synthetic application ${pad(i, 5)}`, description: 'Generated for the benchmark.', aliases: [] },
  }));
  const products = range(sizes.products).map((i) => ({
    id: productId(i),
    props: { ...mark, name: `Synthetic product ${pad(i, 5)}`, stage: STAGES[i % STAGES.length], hsCode: `9${pad(i % 1000, 3)}.${pad(i % 100, 2)}`, nationalCodes: [], aliases: [] },
  }));
  const companies = range(sizes.companies).map((i) => ({
    id: companyId(i),
    props: {
      ...mark, name: `Synthetic company ${pad(i, 6)}`, aliases: [`SynCo ${i}`], roles: [pick(ROLES)],
      aliasText: `SynCo ${i}`, description: 'Generated for the benchmark.',
    },
  }));
  const facilities = range(sizes.facilities).map((i) => ({
    id: facilityId(i),
    props: { ...mark, name: `Synthetic facility ${pad(i, 6)}`, kind: pick(KINDS), capacityTonnesPerYear: Math.round(random() * 20_000), status: 'OPERATING' },
  }));

  const rel = (from: string, to: string, props: Props = {}) => ({ from, to, props });
  const basedIn = companies.map((_, i) => rel(companyId(i), countryId(Math.floor(i / COMPANIES_PER_COUNTRY))));
  const operates = facilities.map((_, i) => rel(companyId(Math.floor(i / FACILITIES_PER_COMPANY)), facilityId(i)));
  const locatedIn = facilities.map((_, i) => rel(facilityId(i), countryId(Math.floor(i / FACILITIES_PER_COMPANY / COMPANIES_PER_COUNTRY))));
  const produces = companies.flatMap((_, i) => distinct(3, sizes.products).map((p) => rel(companyId(i), productId(p), { capacityTonnesPerYear: Math.round(random() * 5_000), sources: [] })));
  const makes = companies.map((_, i) => rel(companyId(i), applicationId(Math.floor(random() * sizes.applications))));
  const uses = products.flatMap((_, p) => distinct(3, sizes.applications).map((a) => rel(applicationId(a), productId(p), { kgPerUnit: Math.round(random() * 100) / 10, perUnit: 'unit', critical: random() < 0.5, sources: [] })));
  const partOf = applications.flatMap((_, a) => distinct(1 + (a % 2), sizes.industries).map((n) => rel(applicationId(a), industryId(n))));
  const madeFrom = products.slice(1).map((_, i) => rel(productId(i + 1), productId(Math.floor(random() * (i + 1)))));

  // Trade: each exporter's partners and products are drawn up front, so flows can be streamed.
  const routes = range(sizes.countries).map((e) => ({
    exporter: e,
    partners: distinct(PARTNERS, sizes.countries, e),
    products: distinct(PRODUCTS_PER_EXPORTER, sizes.products),
  }));
  const flowSeed = Math.floor(random() * 2 ** 31);

  return {
    sizes,
    nodes: [
      { label: 'Country', rows: countries }, { label: 'Industry', rows: industries }, { label: 'Application', rows: applications },
      { label: 'Product', rows: products }, { label: 'Company', rows: companies }, { label: 'Facility', rows: facilities },
    ],
    relationships: [
      { type: 'BASED_IN', fromLabel: 'Company', toLabel: 'Country', rows: basedIn },
      { type: 'OPERATES', fromLabel: 'Company', toLabel: 'Facility', rows: operates },
      { type: 'LOCATED_IN', fromLabel: 'Facility', toLabel: 'Country', rows: locatedIn },
      { type: 'PRODUCES', fromLabel: 'Company', toLabel: 'Product', rows: produces },
      { type: 'MAKES', fromLabel: 'Company', toLabel: 'Application', rows: makes },
      { type: 'USES', fromLabel: 'Application', toLabel: 'Product', rows: uses },
      { type: 'PART_OF', fromLabel: 'Application', toLabel: 'Industry', rows: partOf },
      { type: 'MADE_FROM', fromLabel: 'Product', toLabel: 'Product', rows: madeFrom },
    ],
    *flowBatches(batchSize: number) {
      const flowRandom = mulberry32(flowSeed);
      let batch: FlowRow[] = [];
      for (const { exporter, partners, products: traded } of routes) {
        for (const importer of partners) {
          for (const product of traded) {
            let level = 10 + flowRandom() * 1_000;
            for (const period of MONTHS) {
              level = Math.max(1, level * (0.8 + flowRandom() * 0.4));
              const quantityTonnes = Math.round(level * 10) / 10;
              const id = `flow:syn-${pad(exporter, 4)}-${pad(importer, 4)}-${pad(product, 5)}-${period}`;
              batch.push({
                id, exporterId: countryId(exporter), importerId: countryId(importer), productId: productId(product),
                props: {
                  ...mark, name: `${countryIso3(exporter)} → ${countryIso3(importer)} ${productId(product)} ${period}`, period,
                  exporterIso3: countryIso3(exporter), importerIso3: countryIso3(importer), productId: productId(product), hsCode: null,
                  quantityTonnes, valueUsd: Math.round(quantityTonnes * (40_000 + flowRandom() * 20_000)), reportsDisagree: false, reportCount: 0,
                },
              });
              if (batch.length >= batchSize) {
                yield batch;
                batch = [];
              }
            }
          }
        }
      }
      if (batch.length > 0) yield batch;
    },
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** A small, fast, seeded PRNG (public domain): the same seed gives the same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
