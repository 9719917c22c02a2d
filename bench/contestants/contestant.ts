/** The three contestants of the benchmark, each served over HTTP from its own process. */
export const CONTESTANTS = ['ours', 'reference', 'floor'] as const;
export type ContestantName = (typeof CONTESTANTS)[number];

export interface ContestantServer {
  /** Where load is sent: a GraphQL endpoint, or the floor's JSON endpoint. */
  url: string;
  stop(): Promise<void>;
}
