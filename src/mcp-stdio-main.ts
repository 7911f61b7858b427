import { readConfig } from './config.js';
import { createAdvisor } from './domain/advisor.js';
import { runStdioServer } from './mcp/stdio.js';
import { packageVersion } from './package-files.js';

/**
 * `aws-data-advisor mcp`, built as its own CommonJS bundle (dist/mcp-stdio.cjs)
 * so the CLI can load it with a V8 code cache: assistants start this process
 * often, and compiling the SDK and the advisor is much of its start-up.
 */
export async function main(): Promise<void> {
  const config = readConfig(process.env);
  const advisor = createAdvisor({ dirs: config.ADVISOR_RULES_DIR });
  await runStdioServer(advisor, packageVersion());
}
