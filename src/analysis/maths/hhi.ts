/**
 * Market concentration from country figures. Shares are percent of the world total; the
 * Herfindahl-Hirschman index is the sum of squared percent shares (0-10,000; above 2,500 counts
 * as highly concentrated in the US merger guidelines' scale).
 * Residual groups ("other countries") are not one producer: the `hhi` leaves them out (a lower
 * bound), `hhiUpperBound` counts each as if it were one country.
 */
export interface CountryFigure {
  countryId: string;
  quantity: number;
  /** An aggregate of several countries (residual), not a single producer. */
  residual: boolean;
}

export interface Concentration {
  worldTotal: number;
  worldTotalBasis: 'REPORTED_WORLD' | 'SUM_OF_COUNTRIES';
  shares: { countryId: string; quantity: number; sharePct: number; residual: boolean }[];
  hhi: number;
  hhiUpperBound: number;
}

export function concentration(figures: CountryFigure[], reportedWorld: number | null): Concentration | null {
  const sum = figures.reduce((total, figure) => total + figure.quantity, 0);
  const worldTotal = reportedWorld ?? sum;
  if (!(worldTotal > 0)) return null;
  const shares = figures
    .map((figure) => ({ ...figure, sharePct: (figure.quantity / worldTotal) * 100 }))
    .sort((a, b) => b.quantity - a.quantity || a.countryId.localeCompare(b.countryId));
  const squares = (list: typeof shares) => list.reduce((total, share) => total + share.sharePct ** 2, 0);
  return {
    worldTotal,
    worldTotalBasis: reportedWorld === null ? 'SUM_OF_COUNTRIES' : 'REPORTED_WORLD',
    shares: shares.map((share) => ({ ...share, sharePct: round(share.sharePct, 2) })),
    hhi: round(squares(shares.filter((share) => !share.residual)), 1),
    hhiUpperBound: round(squares(shares), 1),
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
