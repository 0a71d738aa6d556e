// Loaded with `node --import` into the `cadre` child: writes its peak resident set size (KiB)
// to $CADRE_BENCH_RSS_FILE when it exits, so that the bench measures the child, not itself.
import { writeFileSync } from 'node:fs';

const file = process.env.CADRE_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
