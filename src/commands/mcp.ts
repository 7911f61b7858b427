import * as z from 'zod';
import { readConfig } from '../config.js';
import { createAdvisor } from '../domain/advisor.js';
import { packageVersion } from '../package-files.js';
import type { Command } from './command.js';
import { parseOptions } from './parse-options.js';

const USAGE = `Usage: aws-data-advisor mcp

Runs the MCP server over stdio: JSON-RPC on stdin and stdout, logs on
stderr. An MCP client (Claude Desktop, Claude Code, VS Code, Cursor) starts
it; it ends when the client closes stdin.

Environment: ADVISOR_RULES_DIR (extra rule folders).

Options:
  -h, --help  this help
`;

/** `aws-data-advisor mcp`: the MCP server over stdio. */
export const mcpCommand: Command = {
  name: 'mcp',
  usage: USAGE,
  async run(args) {
    const { values } = parseOptions(args, {}, USAGE);
    if (values.help) {
      process.stdout.write(USAGE);
      return;
    }
    // A stdio server validates a few messages per session: zod's compiled fast path would cost more to build than it saves.
    z.config({ jitless: true });
    const config = readConfig(process.env);
    const advisor = createAdvisor({ dirs: config.ADVISOR_RULES_DIR });
    if (process.stdin.isTTY) {
      process.stderr.write('aws-data-advisor: MCP server on stdio, waiting for an MCP client to speak JSON-RPC on stdin (an MCP client starts this command; Ctrl-C stops it)\n');
    }
    const { runStdioServer } = await import('../mcp/stdio.js');
    await runStdioServer(advisor, packageVersion());
  },
};
