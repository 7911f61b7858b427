import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo, RequestId } from '@modelcontextprotocol/sdk/types.js';
import { ANSWER_TOO_LARGE } from './limits.js';

/** The answers of one HTTP request, counted against one budget. */
interface Budget {
  bytes: number;
  used: number;
  /** Set once an answer did not fit: the rest of the request's answers are refused unworked. */
  spent: boolean;
  /** Messages in the request, and answers given so far, for the error's message. */
  messages: number;
  answered: number;
}

/** A transport whose requests can be given an answer budget (see {@link paceAnswers}). */
export interface PacedTransport extends Transport {
  /**
   * Counts the answers to these request ids (the JSON-RPC requests of one
   * HTTP request) against one budget of `bytes`.
   */
  budget(ids: readonly RequestId[], bytes: number): void;
}

const isRequest = (message: JSONRPCMessage): message is JSONRPCMessage & { id: RequestId; method: string } => 'method' in message && 'id' in message;
const isAnswer = (message: JSONRPCMessage): message is JSONRPCMessage & { id: RequestId } => 'id' in message && !('method' in message);

/** The error that replaces an answer past the budget: whole, never a part of the answer. */
function tooLarge(id: RequestId, budget: Budget): JSONRPCMessage {
  return {
    jsonrpc: '2.0',
    id,
    error: {
      code: ANSWER_TOO_LARGE,
      message: `Answer budget exceeded: the answers to this request would pass ${budget.bytes} bytes after ${budget.answered} of its ${budget.messages} messages; send fewer messages per request`,
      data: { limitBytes: budget.bytes },
    },
  };
}

/**
 * Wraps a transport so that the messages of a batch are handled one per
 * turn of the event loop (a batch never holds it for long), and the answers
 * to one HTTP request stay within its budget: an answer that would pass it
 * is replaced, whole, by a JSON-RPC error, and every later request of the
 * same HTTP request is answered with that error without being worked out.
 * `onClose` is told when the transport closes, whoever closes it.
 *
 * @example
 * const transport = paceAnswers(new WebStandardStreamableHTTPServerTransport({ ... }), () => sessions.delete(id));
 * transport.budget([1, 2, 3], 4 * 1024 * 1024);
 */
export function paceAnswers(inner: Transport, onClose?: () => void): PacedTransport {
  const budgets = new Map<RequestId, Budget>();
  const queue: Array<[JSONRPCMessage, MessageExtraInfo | undefined]> = [];
  let scheduled = false;

  const refuseSpent = (message: JSONRPCMessage): boolean => {
    if (!isRequest(message)) return false;
    const budget = budgets.get(message.id);
    if (!budget?.spent) return false;
    void outer.send(tooLarge(message.id, budget)).catch((error: Error) => outer.onerror?.(error));
    return true;
  };

  // One message per turn: the first at once, each next one on a later turn, so handlers never share one.
  const dispatch = () => {
    const next = queue.shift();
    if (!next) {
      scheduled = false;
      return;
    }
    if (!refuseSpent(next[0])) outer.onmessage?.(next[0], next[1]);
    setImmediate(dispatch);
  };

  const outer: PacedTransport = {
    start: () => inner.start(),
    close: () => inner.close(),
    get sessionId() {
      return inner.sessionId;
    },
    setProtocolVersion: (version: string) => inner.setProtocolVersion?.(version),
    budget(ids, bytes) {
      const budget: Budget = { bytes, used: 0, spent: false, messages: ids.length, answered: 0 };
      for (const id of ids) budgets.set(id, budget);
    },
    send(message: JSONRPCMessage, options?: TransportSendOptions) {
      if (!isAnswer(message)) return inner.send(message, options);
      const budget = budgets.get(message.id);
      if (!budget) return inner.send(message, options);
      budgets.delete(message.id);
      const size = Buffer.byteLength(JSON.stringify(message));
      const fits = !budget.spent && budget.used + size <= budget.bytes;
      const sent = fits ? message : tooLarge(message.id, budget);
      if (!fits) budget.spent = true;
      budget.used += fits ? size : 0;
      budget.answered++;
      return inner.send(sent, options);
    },
  };
  inner.onmessage = (message, extra) => {
    queue.push([message, extra]);
    if (scheduled) return;
    scheduled = true;
    dispatch();
  };
  inner.onclose = () => {
    budgets.clear();
    queue.length = 0;
    onClose?.();
    outer.onclose?.();
  };
  inner.onerror = (error: Error) => outer.onerror?.(error);
  return outer;
}
