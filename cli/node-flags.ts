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
 * GLIBC_TUNABLES=glibc.malloc.hugetlb=1: glibc's malloc asks the kernel for transparent huge pages
 * (madvise) for the memory it takes. nodejieba's load() builds its dictionary (twice, about 255 MB of
 * small C++ allocations) and on a virtual machine, where every page fault is a trip through the
 * hypervisor, touching that memory 4 KB at a time was most of the load: 2.5 s, 153,000 page faults,
 * against 1.0 s and 8,500 with huge pages (same peak memory). A one-document run went from 3.3 s to
 * 1.9 s, and the 1x bench by about 4%. glibc reads it once, when the process starts, so like the flags
 * it is given at launch; elsewhere (another libc, an older glibc, huge pages switched off) it is ignored.
 */
export const NODE_ENV: Readonly<Record<string, string>> = { GLIBC_TUNABLES: "glibc.malloc.hugetlb=1" };

/** The launch as a shell or `env -S` writes it: the variables, then node with its flags. */
export const NODE_LAUNCH = [...Object.entries(NODE_ENV).map(([k, v]) => `${k}=${v}`), "node", ...NODE_FLAGS].join(" ");
