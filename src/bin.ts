import module from 'node:module';

// Node's own compile cache (Node 22.1+; absent on 20): later starts of `mcp` and `serve` skip compiling the bundle.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./cli.js');
