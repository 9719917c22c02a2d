import type { Confidence, ValueBasis } from './enums.js';
import type { Figure } from './figure.type.js';

export interface FigureInput {
  unit: string;
  basis: ValueBasis;
  /** The sources named directly (relationship `sources` property) ... */
  sourceIds?: string[];
  /** ... or the node whose CITES relationships give them. */
  ownerId?: string;
  confidence?: Confidence | null;
  note?: string | null;
}

export type FigureValue = Figure & { ownerId?: string };

/** A number with its provenance, or null when there is no number. */
export function figure(value: number | null | undefined, input: FigureInput): FigureValue | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return { value, unit: input.unit, basis: input.basis, sourceIds: input.sourceIds ?? [], ownerId: input.ownerId, confidence: input.confidence ?? null, note: input.note ?? null };
}
