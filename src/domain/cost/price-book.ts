import athena from '../../../prices/athena.json' with { type: 'json' };
import datasync from '../../../prices/datasync.json' with { type: 'json' };
import dms from '../../../prices/dms.json' with { type: 'json' };
import ec2 from '../../../prices/ec2.json' with { type: 'json' };
import emr from '../../../prices/emr.json' with { type: 'json' };
import glue from '../../../prices/glue.json' with { type: 'json' };
import iotCore from '../../../prices/iot-core.json' with { type: 'json' };
import firehose from '../../../prices/kinesis-data-firehose.json' with { type: 'json' };
import streams from '../../../prices/kinesis-data-streams.json' with { type: 'json' };
import video from '../../../prices/kinesis-video-streams.json' with { type: 'json' };
import flink from '../../../prices/managed-service-for-apache-flink.json' with { type: 'json' };
import s3Replication from '../../../prices/s3-replication.json' with { type: 'json' };
import s3 from '../../../prices/s3.json' with { type: 'json' };
import sagemaker from '../../../prices/sagemaker.json' with { type: 'json' };
import { type PriceFile, PriceFileSchema, type UnitPrice } from './price-schema.js';

/** The files of prices/, by file name: the data, bundled, so pricing reads no disk. */
export const PRICE_FILES: Readonly<Record<string, unknown>> = {
  'athena.json': athena,
  'datasync.json': datasync,
  'dms.json': dms,
  'ec2.json': ec2,
  'emr.json': emr,
  'glue.json': glue,
  'iot-core.json': iotCore,
  'kinesis-data-firehose.json': firehose,
  'kinesis-data-streams.json': streams,
  'kinesis-video-streams.json': video,
  'managed-service-for-apache-flink.json': flink,
  's3.json': s3,
  's3-replication.json': s3Replication,
  'sagemaker.json': sagemaker,
};

/** A price file that breaks its schema: the file, and the first problem with its JSON path. */
export class PriceFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`prices/${file}: ${reason}`);
    this.name = 'PriceFileError';
  }
}

/**
 * Validates price files with {@link PriceFileSchema}, keyed `service/price-id`.
 *
 * @example
 * readPriceBook({ 'athena.json': athenaFile }).get('athena/tb-scanned')?.usd['us-east-1']; // 5
 */
export function readPriceBook(files: Readonly<Record<string, unknown>>): ReadonlyMap<string, UnitPrice> {
  const book = new Map<string, UnitPrice>();
  for (const [file, data] of Object.entries(files)) {
    const parsed = PriceFileSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PriceFileError(file, `${issue.path.length > 0 ? `/${issue.path.join('/')}: ` : ''}${issue.message}`);
    }
    const { service, prices }: PriceFile = parsed.data;
    for (const price of prices) book.set(`${service}/${price.id}`, price);
  }
  return book;
}

let book: ReadonlyMap<string, UnitPrice> | undefined;

/**
 * One unit price of the shipped price book (read and validated on first
 * use), or undefined when prices/ has none by that id.
 *
 * @example
 * priceOf('kinesis-data-streams', 'shard-hour')?.usd['us-east-1']; // 0.015
 */
export function priceOf(service: string, id: string): UnitPrice | undefined {
  book ??= readPriceBook(PRICE_FILES);
  return book.get(`${service}/${id}`);
}
