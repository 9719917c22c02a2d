/**
 * Node (V8) flags the API runs with. `npm start` passes them on its command line (V8 flags are not
 * allowed in NODE_OPTIONS) and the benchmark starts ours with them; a test keeps the two in step.
 *
 * --no-allocation-site-pretenuring: while a large nested selection keeps its results alive, V8 learns
 * to allocate the objects of some allocation sites straight into the old generation, and keeps
 * doing so for the small, short-lived objects of the requests that follow, which then wait for a
 * full collection. In the benchmark that cost ours up to half as much Node CPU again per connection
 * request after the five-level list (README, "Performance", Notes).
 */
export const API_NODE_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring'];
