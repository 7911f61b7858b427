import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';

/** The prompt that walks an assistant from a free-text description to a recommendation. */
export function registerPrompts(server: McpServer): void {
  server.registerPrompt(
    'design_data_pipeline',
    {
      title: 'Design an AWS data pipeline',
      description: 'Turns a free-text description of a data workload into the questions to ask and a call to recommend_architecture.',
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
              '1. Map what I said onto the fields of the recommend_architecture tool: data (sources, formats, volumeTB, atRest, lowQuality, duplicatesWithoutCommonId), ingestion (mode, producers, throughputMBps, recordsPerSecond, recordSizeKB, consumers, retentionHours, ordering), latency, processing, destinations, analytics, ml, security, alerts, account, migration, workloadType and costPriority. Use only the enum values the tool schema allows.',
              '2. Ask me, in one short list, for the values that decide the answer and that I have not given: at least where the data comes from, whether it streams in or already sits at rest, how fast it arrives, how fresh answers must be, and who reads it. Do not invent numbers.',
              '3. Call recommend_architecture with what you know. Present the pipeline, the sizing, the warnings and the services turned down with their reasons. If the answer lists missing fields, ask me about them and call the tool again.',
            ].join('\n'),
          },
        },
      ],
    }),
  );
}
