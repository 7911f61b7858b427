import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD_TITLES, CARDS } from '../../src/domain/catalog/cards.js';
import { BEYOND_THE_CARDS } from '../../src/domain/catalog/beyond-the-cards.js';
import { CATALOG_ENTRIES } from '../../src/domain/catalog/services.js';
import { CatalogEntrySchema } from '../../src/domain/catalog/schema.js';
import { getService, listServices } from '../../src/domain/catalog/services.js';
import { UnknownServiceError } from '../../src/domain/errors.js';
import { loadRules } from '../../src/domain/rules/load.js';
import { SERVICE_IDS } from '../../src/domain/catalog/service-ids.js';

const ruleSet = loadRules();
const seed = readFileSync(new URL('../fixtures/aws-data-services-flashcards.txt', import.meta.url), 'utf8');

/** A seed line without its bullet, as the cards module stores it. */
const normalise = (line: string) => line.replace(/^[-*]\s*/, '').replace(/^Encryption:\s*-\s*/, '').trim();

describe('the cards', () => {
  it('hold every line of the seed file, under its title', () => {
    const known = new Set([...CARD_TITLES, ...CARDS.flatMap((card) => card.lines)]);
    const lines = seed
      .split('\n')
      .map(normalise)
      .filter((line) => line && line !== 'AWS Data Services Flashcards');
    const missing = lines.filter((line) => !known.has(line));
    expect(missing).toEqual([]);
  });

  it('are each cited by at least one built-in rule', () => {
    const cited = new Set(ruleSet.rules.flatMap((rule) => rule.cards));
    expect(CARDS.map((card) => card.title).filter((title) => !cited.has(title))).toEqual([]);
  });

  it('are cited by every built-in rule', () => {
    expect(ruleSet.rules.filter((rule) => rule.cards.length === 0).map((rule) => rule.id)).toEqual([]);
  });
});

describe('the catalog', () => {
  it('has one entry per service id, with facts dated and sourced', () => {
    expect(CATALOG_ENTRIES.map((entry) => entry.id)).toEqual([...SERVICE_IDS]);
    for (const entry of CATALOG_ENTRIES) {
      expect(entry.summary.length, entry.id).toBeGreaterThan(20);
      // A card's service carries what the card says; a service beside the cards stands on documented facts.
      expect(entry.cardNotes.length + entry.facts.length, entry.id).toBeGreaterThan(0);
      if (BEYOND_THE_CARDS.includes(entry)) expect(entry.facts.length, entry.id).toBeGreaterThan(0);
      else expect(entry.cardNotes.length, entry.id).toBeGreaterThan(0);
      for (const note of entry.cardNotes) expect(CARD_TITLES.has(note.card), `${entry.id}: ${note.card}`).toBe(true);
      for (const fact of entry.facts) {
        expect(fact.source, entry.id).toMatch(/^https:\/\//);
        expect(fact.checked, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(entry.documentation).toMatch(/^https:\/\//);
    }
  });

  it('answers the retired kinesis-data-analytics id with Managed Service for Apache Flink and its retirement note', () => {
    const entry = getService('kinesis-data-analytics');
    expect(entry.id).toBe('managed-service-for-apache-flink');
    expect(entry.requestedAs).toBe('kinesis-data-analytics');
    expect(entry.lifecycle.note).toContain('27 January 2026');
  });

  it('names renamed services as they are called today', () => {
    expect(getService('kinesis-data-firehose').name).toContain('Amazon Data Firehose');
    expect(getService('opensearch').lifecycle.formerNames).toContain('Amazon Elasticsearch Service');
    expect(getService('sagemaker').name).toBe('Amazon SageMaker AI');
    expect(getService('sagemaker').lifecycle.formerNames).toContain('Amazon SageMaker');
    expect(getService('quicksight').name).toContain('Amazon Quick Sight');
    expect(getService('quicksight').lifecycle.formerNames).toContain('Amazon QuickSight');
  });

  it('refuses an unknown id and lists the known ones', () => {
    expect(() => getService('kinesis')).toThrow(UnknownServiceError);
    expect(() => getService('kinesis')).toThrow(/known ids: s3, s3-sse-s3/);
    expect(() => getService('__proto__')).toThrow(UnknownServiceError);
  });

  it('lists every service with its roles', () => {
    expect(listServices().map((s) => s.id)).toEqual([...SERVICE_IDS]);
  });
});

describe('the knowledge table', () => {
  const covered = (service: string) => ruleSet.rules.some((rule) => rule.event.params.recommend?.some((r) => r.service === service));
  it('can recommend every service in the catalog', () => {
    expect(SERVICE_IDS.filter((id) => !covered(id))).toEqual([]);
  });

  it('encodes the anti-recommendations as rejections', () => {
    const rejections = (service: string) => ruleSet.rules.filter((rule) => rule.event.params.reject?.some((r) => r.service === service)).map((r) => r.id);
    expect(rejections('kinesis-data-firehose')).toEqual(expect.arrayContaining(['kds-custom-processing', 'glue-vs-kinesis-at-rest']));
    expect(rejections('kinesis-data-streams')).toContain('glue-vs-kinesis-at-rest');
    expect(rejections('s3')).toContain('transactional-reject-lake');
  });
});

describe('the built-in catalog', () => {
  it('passes the catalog entry schema an organisation\'s own services are held to', () => {
    for (const entry of CATALOG_ENTRIES) expect(CatalogEntrySchema.safeParse(entry).error?.issues, entry.id).toBeUndefined();
  });
});
