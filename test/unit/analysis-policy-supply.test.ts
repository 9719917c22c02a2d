import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { startPath, type SliceEdge } from '../../src/analysis/maths/paths.js';
import { toSlice } from '../../src/analysis/shared/slice.js';
import { upstreamChains } from '../../src/analysis/supply-chain/supply-chain.service.js';
import { shapePolicyImpact } from '../../src/analysis/policy-impact/policy-impact.service.js';

const edge = (type: string, source: string, target: string, confidence: SliceEdge['confidence'] = null): SliceEdge =>
  ({ id: `${type}:${source}->${target}`, type, source, target, confidence, critical: null, sourceIds: [] });
const node = (id: string, label: string) => ({ id, label, name: id });

describe('upstream chains', () => {
  const edges = [edge('MADE_FROM', 'magnet', 'alloy'), edge('MADE_FROM', 'alloy', 'metal'), edge('MADE_FROM', 'metal', 'magnet')];

  it('follow links in their direction up to maxDepth', () => {
    const reached = upstreamChains(new Map([['magnet', [startPath('magnet')]]]), edges, 1);
    expect([...reached.keys()].sort()).toEqual(['alloy', 'magnet']);
  });

  it('a cycle ends a path instead of looping', () => {
    const reached = upstreamChains(new Map([['magnet', [startPath('magnet')]]]), edges, 6);
    expect(reached.get('metal')!.map((path) => path.nodeIds)).toEqual([['magnet', 'alloy', 'metal']]);
    expect(reached.get('magnet')).toHaveLength(1);
  });
});

describe('policy impact shaping', () => {
  it('by hand: a restricted element contained in a magnet used by an application (0.75 × 0.75 = 0.5625), a company hit by an attributed disruption', () => {
    const slice = toSlice(
      [node('policy:p', 'Policy'), node('element:Dy', 'Element'), node('product:m', 'Product'), node('application:a', 'Application'), node('industry:i', 'Industry'),
        node('company:c', 'Company'), node('disruption:d', 'Disruption')],
      [edge('RESTRICTS', 'policy:p', 'element:Dy', 'HIGH'), edge('CONTAINS', 'product:m', 'element:Dy'), edge('USES', 'application:a', 'product:m', 'MEDIUM'),
        edge('PART_OF', 'application:a', 'industry:i'), edge('ATTRIBUTED_TO', 'disruption:d', 'policy:p', 'MEDIUM'), edge('HIT', 'disruption:d', 'company:c', 'HIGH')],
    );
    const impact = shapePolicyImpact(slice, 'policy:p', new Map(), 3);
    expect(impact.restricts.map((item) => [item.item.id, item.score])).toEqual([['element:Dy', 1]]);
    expect(impact.products.map((product) => [product.product.id, product.score])).toEqual([['product:m', 0.75]]);
    expect(impact.applications.map((application) => [application.application.id, application.score, application.confidence])).toEqual([['application:a', 0.5625, 'MEDIUM']]);
    expect(impact.industries.map((industry) => industry.score)).toEqual([0.4219]);
    expect(impact.companies.map((company) => [company.company.id, company.score, company.disruptions.map((d) => d.id)])).toEqual([['company:c', 0.75, ['disruption:d']]]);
    expect(impact.disruptions.map((disruption) => [disruption.disruption.id, disruption.score, disruption.hit.map((c) => c.id)])).toEqual([['disruption:d', 0.75, ['company:c']]]);
  });
});
