// Preloaded (node --require) into a measured `parley` process: on exit, writes its peak RSS (kernel maxRSS) and heap
// figures to $PARLEY_BENCH_PROBE. The heap peak is sampled every 5 ms whenever the event loop turns (a lower bound).
'use strict';
const { writeFileSync } = require('node:fs');
const { getHeapStatistics } = require('node:v8');

const out = process.env.PARLEY_BENCH_PROBE;
if (out) {
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
    writeFileSync(
      out,
      JSON.stringify({
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
        peakHeapUsedBytes: peakHeapUsed,
        peakHeapTotalBytes: peakHeapTotal,
        heapTotalAtExitBytes: h.total_heap_size,
        peakMallocedBytes: h.peak_malloced_memory,
      }),
    );
  });
}
