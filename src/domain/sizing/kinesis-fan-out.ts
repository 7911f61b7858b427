import { ceilUnits } from './types.js';
import { agree, plural } from '../words/plural.js';
import { formatNumber } from '../words/number-format.js';

/**
 * What decides shared reads against enhanced fan-out, per shard.
 * Kinesis Data Streams Developer Guide, "Quotas and limits" (2 MB/s and 5 GetRecords calls/s per shard, shared)
 * and "Develop enhanced fan-out consumers" (20 consumers, 50 with On-demand Advantage; ~200 ms vs ~70 ms).
 */
export const FAN_OUT_LIMITS = {
  sharedReadMBpsPerShard: 2,
  getRecordsCallsPerShard: 5,
  /** AWS advises polling each shard once a second (the KCL default); Lambda polls once a second (Lambda Developer Guide, "Using Lambda with Kinesis"). */
  pollsPerConsumerPerSecond: 1,
  sharedLatencyMs: 200,
  fanOutLatencyMs: 70,
  enhancedFanOutConsumers: 20,
  enhancedFanOutConsumersAdvantage: 50,
} as const;

/** Rule of thumb: shared reads past 80% of 2 MB/s per shard leave no room to catch up after a pause. */
export const READ_HEADROOM = 0.8;

export type FanOutReason = 'throughput' | 'headroom' | 'calls' | 'latency';

export interface FanOutInput {
  consumers: number;
  /** Shards of a provisioned stream; unknown for on-demand. */
  shards?: number;
  /** Write rate each consumer reads in full. */
  mbps?: number;
  latency?: string;
  /** Lambda reads the stream as one of the consumers. */
  lambda: boolean;
}

export interface FanOutDecision {
  enhancedFanOut: boolean;
  reasons: FanOutReason[];
  callsPerShard: number;
  /** Reads as a share of the shards' shared 2 MB/s each (1 = 100%). */
  readShare?: number;
}

/**
 * Decides enhanced fan-out on four counts: reads beyond the shared 2 MB/s
 * per shard, reads past 80% of it, more GetRecords calls than the 5 per
 * second a shard allows, and real-time latency with more than one consumer.
 *
 * @example
 * decideFanOut({ consumers: 10, shards: 1, mbps: 0.5, latency: 'real-time', lambda: false }).reasons; // ['calls', 'latency']
 */
export function decideFanOut(input: FanOutInput): FanOutDecision {
  const callsPerShard = input.consumers * FAN_OUT_LIMITS.pollsPerConsumerPerSecond;
  const readShare =
    input.mbps !== undefined && input.shards !== undefined
      ? (input.mbps * input.consumers) / (input.shards * FAN_OUT_LIMITS.sharedReadMBpsPerShard)
      : undefined;
  const reasons: FanOutReason[] = [];
  if (readShare !== undefined && readShare > 1) reasons.push('throughput');
  else if (readShare !== undefined && readShare > READ_HEADROOM) reasons.push('headroom');
  if (callsPerShard > FAN_OUT_LIMITS.getRecordsCallsPerShard) reasons.push('calls');
  if (input.latency === 'real-time' && input.consumers > 1) reasons.push('latency');
  return { enhancedFanOut: reasons.length > 0, reasons, callsPerShard, readShare };
}

const percent = (share: number) => `${formatNumber(Math.round(share * 100))}%`;

/** One sentence per reason fan-out is needed, each with the workload's figures. */
function reasonSentence(reason: FanOutReason, input: FanOutInput, decision: FanOutDecision): string {
  const { consumers, shards = 0, mbps = 0 } = input;
  const shared = formatNumber(shards * FAN_OUT_LIMITS.sharedReadMBpsPerShard);
  const sharedReadShards = ceilUnits((mbps * consumers) / FAN_OUT_LIMITS.sharedReadMBpsPerShard);
  switch (reason) {
    case 'throughput':
      return `${plural(consumers, 'consumer')} each reading ${formatNumber(mbps)} MB/s need ${formatNumber(mbps * consumers)} MB/s of reads, more than the ${shared} MB/s that ${plural(shards, 'shard')} ${agree(shards, 'shares', 'share')}: enhanced fan-out serves them rather than growing to ${plural(sharedReadShards, 'shard')} for reads alone.`;
    case 'headroom':
      return `${plural(consumers, 'consumer')} reading ${formatNumber(mbps * consumers)} MB/s in all would use ${percent(decision.readShare ?? 0)} of the ${shared} MB/s that ${plural(shards, 'shard')} ${agree(shards, 'shares', 'share')}, past the ${percent(READ_HEADROOM)} that leaves room to catch up after a pause or a redeploy.`;
    case 'calls':
      return `${plural(consumers, 'consumer')} polling once a second${input.lambda ? " (Lambda's event source among them)" : ''} make ${formatNumber(decision.callsPerShard)} GetRecords calls per second on each shard, more than the ${FAN_OUT_LIMITS.getRecordsCallsPerShard} a shard allows all standard consumers together, so they would be throttled.`;
    case 'latency':
      return `Real-time (sub-second) answers with ${plural(consumers, 'consumer')}: shared polling averages about ${FAN_OUT_LIMITS.sharedLatencyMs} ms with one consumer and slows as more share each shard, while enhanced fan-out pushes records to each consumer in about ${FAN_OUT_LIMITS.fanOutLatencyMs} ms.`;
  }
}

/** Why shared reads suffice: the share of bytes and of calls in use. */
function optionalSentence(input: FanOutInput, decision: FanOutDecision): string {
  const { consumers, shards, mbps } = input;
  const calls = `${formatNumber(decision.callsPerShard)} of the ${FAN_OUT_LIMITS.getRecordsCallsPerShard} GetRecords calls per second each shard allows`;
  const bytes =
    decision.readShare !== undefined && shards !== undefined && mbps !== undefined
      ? ` ${percent(decision.readShare)} of the ${formatNumber(shards * FAN_OUT_LIMITS.sharedReadMBpsPerShard)} MB/s that ${plural(shards, 'shard')} ${agree(shards, 'shares', 'share')} and`
      : '';
  const reading = mbps === undefined ? '' : ` reading ${formatNumber(mbps * consumers)} MB/s${consumers === 1 ? '' : ' in all'}`;
  return `${plural(consumers, 'consumer')}${reading} ${agree(consumers, 'uses', 'use')}${bytes} ${calls}: enhanced fan-out is optional (it lowers read latency from about ${FAN_OUT_LIMITS.sharedLatencyMs} ms to about ${FAN_OUT_LIMITS.fanOutLatencyMs} ms).`;
}

/**
 * The sentences that explain a fan-out decision.
 *
 * @example
 * fanOutSentences(input, decideFanOut(input)); // ['10 consumers polling once a second make 10 GetRecords calls …', …]
 */
export function fanOutSentences(input: FanOutInput, decision: FanOutDecision): string[] {
  if (!decision.enhancedFanOut) {
    return [
      optionalSentence(input, decision),
      ...(input.lambda ? ['Lambda polls each shard once a second on the shared throughput; map its event source to an enhanced fan-out consumer later if it must read faster.'] : []),
    ];
  }
  return [
    ...decision.reasons.map((reason) => reasonSentence(reason, input, decision)),
    `Register ${input.consumers === 1 ? 'the consumer' : `the ${formatNumber(input.consumers)} consumers`} for enhanced fan-out: each gets its own 2 MB/s per shard, pushed over HTTP/2.`,
    ...(input.lambda ? ["Map Lambda's event source to one of these enhanced fan-out consumers, so records are pushed to it instead of polled."] : []),
  ];
}

/**
 * A stream-limit warning when more consumers need fan-out than a stream can register.
 *
 * @example
 * fanOutWarnings(21, true); // [{ code: 'stream-limit', message: '21 consumers exceed the 20 …' }]
 */
export function fanOutWarnings(consumers: number, enhancedFanOut: boolean): Array<{ code: string; message: string }> {
  if (!enhancedFanOut || consumers <= FAN_OUT_LIMITS.enhancedFanOutConsumers) return [];
  const limit = `${plural(consumers, 'consumer')} exceed the ${FAN_OUT_LIMITS.enhancedFanOutConsumers} enhanced fan-out consumers a stream allows`;
  const message =
    consumers > FAN_OUT_LIMITS.enhancedFanOutConsumersAdvantage
      ? `${limit} (${FAN_OUT_LIMITS.enhancedFanOutConsumersAdvantage} with On-demand Advantage): fan out through a second stream, or group readers behind one consumer.`
      : `${limit}: On-demand Advantage raises the limit to ${FAN_OUT_LIMITS.enhancedFanOutConsumersAdvantage} for an on-demand stream; otherwise fan out through a second stream, or group readers behind one consumer.`;
  return [{ code: 'stream-limit', message }];
}
