// For `npm run bench` (figure i), bundled by esbuild when the bench runs: the
// advisor's server exactly as `serve` runs it (BEYOND_THE_PICK=default: every
// answer priced, counterfactuals when a request asks), or the same with both
// turned off (BEYOND_THE_PICK=off). One run measures what each costs end to end.
import { runServer } from '../../src/commands/serve.js';
import { readConfig } from '../../src/config.js';
import { createAdvisor } from '../../src/domain/advisor.js';

const off = process.env.BEYOND_THE_PICK === 'off';
await runServer(readConfig(process.env), createAdvisor(off ? { cost: false, whatWouldChange: false } : {}));
