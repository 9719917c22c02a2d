import { describe, expect, it } from 'vitest';
import { combinedScore, linkWeight, pathConfidence, pathScore } from '../../src/analysis/maths/score.js';
import { chains, scoreDependents, startPath, step, type SliceEdge } from '../../src/analysis/maths/paths.js';
import { luceneQuery } from '../../src/analysis/maths/lucene.js';
import { bounded, withBound } from '../../src/analysis/maths/limits.js';

const edge = (type: string, source: string, target: string, confidence: SliceEdge['confidence'] = null, critical: boolean | null = null): SliceEdge =>
  ({ id: `${type}:${source}->${target}`, type, source, target, confidence, critical, sourceIds: [] });

describe('dependency scores', () => {
  it('link weights: HIGH 1, MEDIUM 0.75, LOW 0.5, unsourced 0.75, ×0.5 for a USES link that is not critical', () => {
    expect(linkWeight({ type: 'KIND_OF', confidence: 'HIGH' })).toBe(1);
    expect(linkWeight({ type: 'USES', confidence: 'MEDIUM' })).toBe(0.75);
    expect(linkWeight({ type: 'USES', confidence: 'LOW', critical: false })).toBe(0.25);
    expect(linkWeight({ type: 'PART_OF', confidence: null })).toBe(0.75);
  });

  it('automotive by hand: two paths of 0.5625 and one of 0.375 give 1 − 0.4375² × 0.625 = 0.8804', () => {
    const a = pathScore([{ type: 'KIND_OF', confidence: 'HIGH' }, { type: 'USES', confidence: 'MEDIUM' }, { type: 'PART_OF', confidence: null }]);
    const b = pathScore([{ type: 'KIND_OF', confidence: 'HIGH' }, { type: 'USES', confidence: null }, { type: 'PART_OF', confidence: null }]);
    const c = pathScore([{ type: 'KIND_OF', confidence: 'HIGH' }, { type: 'USES', confidence: 'LOW' }, { type: 'PART_OF', confidence: null }]);
    expect([a, b, c]).toEqual([0.75 * 0.75, 0.75 * 0.75, 0.5 * 0.75]);
    expect(combinedScore([a, b, c])).toBe(0.8804);
  });

  it('a path\'s confidence is its weakest sourced link', () => {
    expect(pathConfidence([{ type: 'A', confidence: 'HIGH' }, { type: 'B', confidence: null }, { type: 'C', confidence: 'MEDIUM' }])).toBe('MEDIUM');
    expect(pathConfidence([{ type: 'A', confidence: null }])).toBeNull();
  });
});

describe('path shaping', () => {
  const edges = [
    edge('KIND_OF', 'p:sintered', 'p:magnet', 'HIGH'),
    edge('USES', 'a:ev', 'p:sintered', 'LOW'),
    edge('USES', 'a:mri', 'p:sintered', 'LOW', false),
    edge('PART_OF', 'a:ev', 'i:auto'),
    edge('MADE_FROM', 'p:x', 'p:y'),
    edge('MADE_FROM', 'p:y', 'p:x'),
    edge('MADE_FROM', 'p:x', 'p:magnet'),
  ];
  const products = chains(new Map([['p:magnet', [startPath('p:magnet')]]]), edges.filter((e) => e.type !== 'USES' && e.type !== 'PART_OF'), 6);

  it('chains follow KIND_OF / MADE_FROM outward and stop at a cycle (each node once per path)', () => {
    expect([...products.keys()].sort()).toEqual(['p:magnet', 'p:sintered', 'p:x', 'p:y']);
    expect(products.get('p:y')!.map((path) => path.nodeIds)).toEqual([['p:magnet', 'p:x', 'p:y']]);
    expect(products.get('p:x')!.length).toBe(1);
  });

  it('applications and industries: nodes in order from the traced product, scores from the paths', () => {
    const applications = step(products, edges.filter((e) => e.type === 'USES'), 'target');
    const industries = scoreDependents(step(applications, edges.filter((e) => e.type === 'PART_OF'), 'source'));
    expect(industries).toHaveLength(1);
    expect(industries[0].paths[0].nodeIds).toEqual(['p:magnet', 'p:sintered', 'a:ev', 'i:auto']);
    // 1 (HIGH) × 0.5 (LOW) × 0.75 (unsourced)
    expect(industries[0].score).toBe(0.375);
    expect(industries[0].confidence).toBe('LOW');
    const mri = scoreDependents(applications).find((dependent) => dependent.id === 'a:mri')!;
    expect(mri.score).toBe(0.25);
  });
});

describe('input safety', () => {
  it('Lucene operator characters are escaped and words match as prefixes', () => {
    expect(luceneQuery('NdFeB (sintered)')).toBe('NdFeB NdFeB* \\(sintered\\) \\(sintered\\)*');
    expect(luceneQuery('a:b')).toBe('a\\:b a\\:b*');
  });

  it('empty text is refused with BAD_USER_INPUT', () => {
    expect(() => luceneQuery('   ')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('bounds: default, accepted, refused above the maximum (never trimmed)', () => {
    expect(bounded('maxDepth', undefined, { default: 3, max: 6 })).toBe(3);
    expect(bounded('maxDepth', 6, { default: 3, max: 6 })).toBe(6);
    expect(() => bounded('maxDepth', 7, { default: 3, max: 6 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'LIMIT_EXCEEDED' }) }));
  });

  it('withBound rewrites only the marked bound', () => {
    expect(withBound('MATCH (a)-[*1..3 /*maxDepth*/]->(b) MATCH (c)-[*1..2]->(d)', 'maxDepth', 5)).toBe('MATCH (a)-[*1..5 /*maxDepth*/]->(b) MATCH (c)-[*1..2]->(d)');
    expect(withBound('(a) (()-[r]-()){1,4 /*maxHops*/} (b)', 'maxHops', 2)).toBe('(a) (()-[r]-()){1,2 /*maxHops*/} (b)');
  });
});
