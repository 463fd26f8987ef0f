/** Runs fn once: its result with wall time and process CPU time (user + sys), in ms. */
export function measure(fn) {
  const c = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  const cu = process.cpuUsage(c);
  return { ms, cpuMs: (cu.user + cu.system) / 1000, out };
}
