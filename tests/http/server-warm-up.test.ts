import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { createAdvisor } from '../../src/domain/advisor.js';
import { languageModelLoaded } from '../../src/domain/description/language-model.js';
import { startServer } from '../../src/http-server.js';
import { memoryLogger } from '../support/log.js';

describe('the HTTP server', () => {
  it('loads the language model before it listens, so no request or health check waits while the first description is read', async () => {
    const advisor = createAdvisor();
    advisor.recommend({ ingestion: { mode: 'streaming', throughputMBps: 20 } });
    expect(languageModelLoaded()).toBe(false);
    const server = await startServer({ config: readConfig({ HOST: '127.0.0.1', PORT: '0', ADVISOR_LOG: 'silent' }), advisor, logger: memoryLogger().logger });
    try {
      expect(languageModelLoaded()).toBe(true);
      const ready = await fetch(new URL('/readyz', server.url));
      expect(ready.status).toBe(200);
    } finally {
      await server.shutdown(1000);
    }
  });
});
