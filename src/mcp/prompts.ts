import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';

/** The prompt that walks an assistant from a free-text description to a recommendation. */
export function registerPrompts(server: McpServer): void {
  server.registerPrompt(
    'design_data_pipeline',
    {
      title: 'Design an AWS data pipeline',
      description: 'Passes the user\'s own description of a data workload to recommend_architecture, then checks what was read and asks for what is missing.',
      argsSchema: {
        description: z.string().min(1).max(4000).describe('The workload in the user\'s own words'),
      },
    },
    ({ description }) => ({
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: [
              'Help me design an AWS data pipeline for this workload:',
              '',
              description,
              '',
              'Work in three steps:',
              '1. Call recommend_architecture with my words above, exactly as I wrote them, as `description`: the advisor reads sources, rates, latency, needs and destinations from them itself (each in `inferred`, with the words it came from). Add a field only for what I told you elsewhere in our conversation, with the enum values the tool schema allows; fields you give win over the words.',
              '2. Check `inferred` with me in one short list: say what was read and from which words, and correct what was misread by calling again with the right field.',
              '3. Present the pipeline, the sizing, the warnings and the services turned down with their reasons. Then ask me, in one short list, for the `missing` fields (each says what it would decide); do not invent numbers. When I answer, call the tool again with the same description and those fields.',
            ].join('\n'),
          },
        },
      ],
    }),
  );
}
