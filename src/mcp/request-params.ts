import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import { CallToolRequestSchema, CompleteRequestSchema, ErrorCode, GetPromptRequestSchema, type JSONRPCMessage, ListPromptsRequestSchema, ListResourcesRequestSchema, ListResourceTemplatesRequestSchema, ListToolsRequestSchema, type MessageExtraInfo, ReadResourceRequestSchema, SetLevelRequestSchema } from '@modelcontextprotocol/sdk/types.js';

/** The SDK's own schema of each request this server answers, by method. */
const REQUEST_SCHEMAS = new Map(
  [
    CallToolRequestSchema,
    CompleteRequestSchema,
    GetPromptRequestSchema,
    ListPromptsRequestSchema,
    ListResourcesRequestSchema,
    ListResourceTemplatesRequestSchema,
    ListToolsRequestSchema,
    ReadResourceRequestSchema,
    SetLevelRequestSchema,
  ].map((schema) => [schema.shape.method.value as string, schema]),
);

/** JSON-RPC's Invalid params answer to a request whose params do not fit its method, or undefined when they fit. */
function invalidParams(message: JSONRPCMessage): JSONRPCMessage | undefined {
  if (!('method' in message) || !('id' in message)) return undefined;
  const schema = REQUEST_SCHEMAS.get(message.method);
  const result = schema?.safeParse(message);
  if (!result || result.success) return undefined;
  const issue = result.error.issues[0];
  const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return { jsonrpc: '2.0', id: message.id, error: { code: ErrorCode.InvalidParams, message: `Invalid params for ${message.method}${where}: ${issue.message}` } };
}

/**
 * A transport that answers requests whose params do not fit their method
 * with -32602 (Invalid params) and one short reason, where the SDK would
 * answer -32603 (Internal error) with zod's raw issue list. Everything else
 * passes through untouched.
 *
 * @example
 * await server.connect(checkRequestParams(new StdioServerTransport()));
 */
export function checkRequestParams(inner: Transport): Transport {
  const outer: Transport = {
    start: () => inner.start(),
    send: (message: JSONRPCMessage, options?: TransportSendOptions) => inner.send(message, options),
    close: () => inner.close(),
    get sessionId() {
      return inner.sessionId;
    },
    setProtocolVersion: (version: string) => inner.setProtocolVersion?.(version),
  };
  inner.onmessage = (message: JSONRPCMessage, extra?: MessageExtraInfo) => {
    const refusal = invalidParams(message);
    if (refusal) void inner.send(refusal).catch((error: Error) => outer.onerror?.(error));
    else outer.onmessage?.(message, extra);
  };
  inner.onclose = () => outer.onclose?.();
  inner.onerror = (error: Error) => outer.onerror?.(error);
  return outer;
}
