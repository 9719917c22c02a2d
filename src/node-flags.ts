/**
 * Node (V8) flags the API runs with. `npm start` passes them on its command line (V8 flags are not
 * allowed in NODE_OPTIONS) and the benchmark starts ours with them; a test keeps the two in step.
 *
 * --no-allocation-site-pretenuring: while a large nested selection keeps its results alive, V8 learns
 * to allocate the objects of some allocation sites straight into the old generation, and keeps
 * doing so for the small, short-lived objects of the requests that follow, which then wait for a
 * full collection. In the benchmark that cost ours up to half as much Node CPU again per connection
 * request after the five-level list (README, "Performance", Notes).
 *
 * --max-semi-space-size=64: a 64 MiB semi-space (Node's default here is 16 MiB). A five-level
 * selection builds megabytes of short-lived rows and objects per request. Our reading (not traced):
 * with the default young generation many of them are still alive at a scavenge, so they are
 * copied and promoted; with the larger one most die young. In the benchmark's A/B runs it took
 * ours' Node CPU per nested5 request from 0.72–0.83× the reference's to 0.62–0.64× (README,
 * "Performance", Notes). The price is memory: the young generation may grow to 3 × 64 MiB, and
 * ours ended those runs at 250–320 MB RSS against 170–180 MB.
 */
export const API_NODE_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring', '--max-semi-space-size=64'];
