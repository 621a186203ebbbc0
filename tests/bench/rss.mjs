// Loaded with `node --import` by the benchmark: reports the peak RSS of the process
// (main thread and workers) into the file named by BUDGET_PARSE_RSS_FILE at exit.
import { writeFileSync } from 'node:fs';

const file = process.env.BUDGET_PARSE_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
