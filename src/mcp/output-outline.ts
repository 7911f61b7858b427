import * as z from 'zod';

/** An enum with more values than this (service ids, roles) is shown as a string: its values are not what a reader of the answer needs. */
const MAX_ENUM_VALUES = 8;

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

/** The schema under `.optional()`. */
const unwrap = (schema: z.ZodType): z.ZodType => (defOf(schema).type === 'optional' ? unwrap(defOf(schema).innerType as z.ZodType) : schema);

/** An object named by its keys in words: `{ "type": "object" }` in the published schema, any value to the SDK's check. */
function objectNamed(schema: z.ZodType): { schema: z.ZodType; keys: string } {
  return { schema: z.unknown().meta({ type: 'object' }), keys: Object.keys(defOf(schema).shape ?? {}).join(', ') };
}

/** A value reduced to its kind; an object (or a list of them) to `object` and its keys, said in words. */
function outline(schema: z.ZodType): { schema: z.ZodType; keys?: string } {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return objectNamed(schema);
    case 'array': {
      const items = outline(unwrap(def.element as z.ZodType));
      return { schema: z.array(items.schema), keys: items.keys };
    }
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      return { schema: values.length <= MAX_ENUM_VALUES ? z.enum(values as [string, ...string[]]) : z.string() };
    }
    case 'union':
      // A service id is a built-in id or an organisation's: a string either way.
      return { schema: (def.options ?? []).every((option) => ['string', 'enum'].includes(defOf(option).type)) ? z.string() : z.unknown() };
    case 'string':
      return { schema: z.string() };
    case 'number':
      return { schema: z.number() };
    case 'boolean':
      return { schema: z.boolean() };
    case 'record':
      return { schema: z.unknown().meta({ type: 'object' }) };
    default:
      return { schema: z.unknown() };
  }
}

/** What a field says about itself, or failing that what its items say (`recommendations` → "Each item: one recommended service"). */
function descriptionOf(field: z.ZodType): string | undefined {
  const inner = unwrap(field);
  const own = field.description ?? inner.description;
  if (own) return own;
  const items = defOf(inner).element?.description;
  return items ? `Each item: ${items.charAt(0).toLowerCase()}${items.slice(1)}` : undefined;
}

/**
 * A tool's output schema as a model with a small context needs it: each
 * top-level key with its kind and what it holds in words, and for objects
 * (or lists of them) the keys they hold, named rather than spelt out as
 * nested schemas. Derived from the domain's schema, so it cannot drift from
 * the answer, and looser than it, so every real answer passes the checks of
 * the SDK and of clients; the REST API and the tests check answers against
 * the full schema.
 *
 * @example
 * server.registerTool('recommend_architecture', { inputSchema: WorkloadSchema, outputSchema: outlineOf(RecommendationSchema) }, handler);
 */
export function outlineOf(schema: z.ZodObject): z.ZodObject {
  const shape = Object.fromEntries(
    Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => {
      const reduced = outline(unwrap(field));
      const said = [descriptionOf(field), reduced.keys ? `(keys: ${reduced.keys})` : undefined].filter(Boolean).join(' ');
      const described = said ? reduced.schema.describe(said) : reduced.schema;
      return [key, field.isOptional() ? described.optional() : described];
    }),
  );
  const reduced = z.object(shape);
  return schema.description ? reduced.describe(schema.description) : reduced;
}
