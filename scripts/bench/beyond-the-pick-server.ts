// For `npm run bench` (figure i), bundled by esbuild when the bench runs: the
// advisor's server exactly as `serve` runs it, with BEYOND_THE_PICK=on
// answering as by default (each recommendation's cost and counterfactuals and
// the answer's cost estimate) and BEYOND_THE_PICK=off the same server with
// both turned off. One A/B measures what the two additions cost end to end.
import { runServer } from '../../src/commands/serve.js';
import { readConfig } from '../../src/config.js';
import { createAdvisor } from '../../src/domain/advisor.js';

const on = process.env.BEYOND_THE_PICK === 'on';
await runServer(readConfig(process.env), createAdvisor({ cost: on, whatWouldChange: on }));
