// Preloaded (node --require) into a measured `parley` process: on exit, writes its peak RSS and heap figures, its CPU
// time and its minor page faults to $PARLEY_BENCH_PROBE. The heap peak is sampled every 5 ms whenever the event loop
// turns (a lower bound). CPU time and faults are the whole process's (getrusage RUSAGE_SELF: every thread, the
// worker threads that already ended included).
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { getHeapStatistics } = require('node:v8');

const { isMainThread } = require('node:worker_threads');

const out = process.env.PARLEY_BENCH_PROBE;
// Worker threads load preloads too: only the main thread reports (VmHWM covers the whole process anyway).
if (out && isMainThread) {
  let peakHeapUsed = 0;
  let peakHeapTotal = 0;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.heapUsed > peakHeapUsed) peakHeapUsed = m.heapUsed;
    if (m.heapTotal > peakHeapTotal) peakHeapTotal = m.heapTotal;
  };
  setInterval(sample, 5).unref();
  process.on('exit', () => {
    sample();
    const h = getHeapStatistics();
    // ru_maxrss survives execve, so a child spawned from a big parent reports the parent's size; VmHWM (Linux) is the
    // high-water mark of this program's own memory map.
    let hwm = 0;
    try {
      const m = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
      if (m) hwm = Number(m[1]) * 1024;
    } catch {
      /* not Linux */
    }
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        systemCpuMs: usage.systemCPUTime / 1000,
        minorPageFaults: usage.minorPageFault,
        maxRssBytes: hwm || usage.maxRSS * 1024,
        rssSource: hwm ? 'VmHWM' : 'ru_maxrss',
        peakHeapUsedBytes: peakHeapUsed,
        peakHeapTotalBytes: peakHeapTotal,
        heapTotalAtExitBytes: h.total_heap_size,
        peakMallocedBytes: h.peak_malloced_memory,
      }),
    );
  });
}
