/**
 * What every launch of `bifacts` gives node: the bin's shebang (cli/bifacts.ts), `npm start` and the
 * bench all pass them, and test/cli.test.ts fails when one of them drifts from these lists.
 *
 * --v8-pool-size=1: V8's background threads (parallel scavenges, concurrent marking and sweeping, and
 * compilation, for every worker's heap) default to a pool of four. With a worker thread per core already
 * busy, those threads only take turns with the workers: on the 2-core bench machine the 1x corpus took
 * 25.1-28.0 s with one background thread against 27.4-33.8 s with four (and 29-30 s with two), at about
 * 15 MB less peak memory. Everything in one thread (`--workers 0`) measured the same either way
 * (33.4-34.8 s). It is a process option, fixed when node starts, so it cannot be set from inside.
 */
export const NODE_FLAGS: readonly string[] = ["--v8-pool-size=1"];

/**
 * Earlier rounds also launched node with GLIBC_TUNABLES=glibc.malloc.hugetlb=1 (glibc's malloc on
 * transparent huge pages): nodejieba's load() then built its dictionary twice, some 255 MB of small C++
 * allocations, and on this VM huge pages took that load from 2.5 s to 1.0 s. Since nodejieba is patched to
 * build it once (patches/, 115 MB) the load took 0.58-0.84 s without them against 0.41-1.57 s with them
 * (ten alternating runs each), and 500 documents of the bench corpus or a one-document run showed no
 * difference beyond this VM's noise, so the variable is gone: one thing fewer that a launch must carry.
 */

/** The launch as a shell or `env -S` writes it: node with its flags. */
export const NODE_LAUNCH = ["node", ...NODE_FLAGS].join(" ");
