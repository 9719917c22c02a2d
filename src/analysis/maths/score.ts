/**
 * How strongly a dependent depends on an export, from the paths that link them.
 *
 *   link weight  w(link) = confidence weight × criticality factor
 *                confidence weight: HIGH 1.0, MEDIUM 0.75, LOW 0.5, unsourced (domain knowledge) 0.75
 *                criticality factor: 0.5 for a USES link marked critical = false, else 1
 *   path score   s(path) = product of w over the path's links
 *   score        1 − Π (1 − s(path)) over the dependent's distinct paths (a "noisy OR": each
 *                further path adds to the score, which stays within 0..1), rounded to 4 decimals.
 *
 * Confidence of a path: its weakest sourced link (unsourced links are counted apart, in
 * `unsourcedLinks`); confidence of a dependent: that of its best-scoring path.
 */
export type ConfidenceLevel = 'HIGH' | 'MEDIUM' | 'LOW';

export interface ScoredLink {
  type: string;
  confidence: ConfidenceLevel | null;
  critical?: boolean | null;
}

export const CONFIDENCE_WEIGHT: Record<ConfidenceLevel | 'UNSOURCED', number> = { HIGH: 1, MEDIUM: 0.75, LOW: 0.5, UNSOURCED: 0.75 };
export const NOT_CRITICAL_FACTOR = 0.5;

const RANK: Record<ConfidenceLevel, number> = { LOW: 1, MEDIUM: 2, HIGH: 3 };

export function linkWeight(link: ScoredLink): number {
  const confidence = CONFIDENCE_WEIGHT[link.confidence ?? 'UNSOURCED'];
  return link.type === 'USES' && link.critical === false ? confidence * NOT_CRITICAL_FACTOR : confidence;
}

export function pathScore(links: ScoredLink[]): number {
  return links.reduce((score, link) => score * linkWeight(link), 1);
}

export function combinedScore(pathScores: number[]): number {
  const miss = pathScores.reduce((product, score) => product * (1 - score), 1);
  return Math.round((1 - miss) * 10_000) / 10_000;
}

/** The weakest sourced link's confidence; null when no link of the path is sourced. */
export function pathConfidence(links: ScoredLink[]): ConfidenceLevel | null {
  let weakest: ConfidenceLevel | null = null;
  for (const link of links) {
    if (link.confidence && (weakest === null || RANK[link.confidence] < RANK[weakest])) weakest = link.confidence;
  }
  return weakest;
}

export function unsourcedLinks(links: ScoredLink[]): number {
  return links.filter((link) => !link.confidence).length;
}
