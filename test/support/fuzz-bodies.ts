/**
 * Request bodies built from the JSON Schemas the OpenAPI document publishes: a minimal valid body,
 * and the places in it where a text goes, so a fuzzer can put junk in each text field in turn.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
}

/** Where a text sits in a body: a property value, or (`isKey`) the key of a record entry. */
export interface TextSlot {
  path: (string | number)[];
  /** The property name, for messages: `name`, `behaviourIndicators`, … */
  key: string;
  isKey: boolean;
  maxLength: number | undefined;
}

export interface BuiltBody {
  body: unknown;
  texts: TextSlot[];
  /** Every property path (for "this field is null" requests). */
  fields: (string | number)[][];
}

/** Values for uuid fields by property name (real ids of the test's data), else a fresh uuid. */
export type IdFor = (property: string) => string;

const patternCandidates = ['FUZZ-01', 'fuzz.user01', 'A1', 'Teks uji'];

function textValue(schema: JsonSchema): string {
  const fits = (value: string) =>
    (schema.maxLength === undefined || value.length <= schema.maxLength) &&
    (schema.minLength === undefined || value.length >= schema.minLength) &&
    (!schema.pattern || new RegExp(schema.pattern).test(value));
  const candidate = [...patternCandidates, 'ab', 'a'].find(fits);
  if (candidate) return candidate;
  return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
}

function nonNull(schema: JsonSchema): JsonSchema {
  if (schema.anyOf) return nonNull(schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0]!);
  return schema;
}

/** A free-text string: no enum, no format (uuid, date), not a const. */
export function isTextSchema(schema: JsonSchema): boolean {
  return schema.type === 'string' && !schema.enum && !schema.format && schema.const === undefined;
}

export function buildBody(root: JsonSchema, idFor: IdFor): BuiltBody {
  const texts: TextSlot[] = [];
  const fields: (string | number)[][] = [];
  const build = (raw: JsonSchema, path: (string | number)[], key: string): unknown => {
    const schema = nonNull(raw);
    if (schema.const !== undefined) return schema.const;
    if (schema.enum) return schema.enum[0];
    switch (schema.type) {
      case 'object': {
        const value: Record<string, unknown> = {};
        for (const [name, child] of Object.entries(schema.properties ?? {})) {
          fields.push([...path, name]);
          value[name] = build(child, [...path, name], name);
        }
        if (typeof schema.additionalProperties === 'object') {
          const keySchema = schema.propertyNames ?? { type: 'string' };
          // A record keyed by an enum (z.partialRecord) takes one of its keys.
          const entryKey = keySchema.enum ? String(keySchema.enum[0]) : textValue(keySchema);
          if (isTextSchema(keySchema)) {
            texts.push({ path: [...path, entryKey], key, isKey: true, maxLength: keySchema.maxLength });
          }
          value[entryKey] = build(schema.additionalProperties, [...path, entryKey], key);
        }
        return value;
      }
      case 'array': {
        const count = Math.max(schema.minItems ?? 1, 1);
        return Array.from({ length: count }, (_, index) =>
          build(schema.items ?? { type: 'string' }, [...path, index], key),
        );
      }
      case 'string':
        if (schema.format === 'uuid') return idFor(key);
        if (schema.format === 'date') return '2026-03-02';
        texts.push({ path, key, isKey: false, maxLength: schema.maxLength });
        return textValue(schema);
      case 'integer':
      case 'number':
        return Math.max(schema.minimum ?? 1, Math.min(1, schema.maximum ?? 1));
      case 'boolean':
        return false;
      default:
        return schema.default ?? null;
    }
  };
  return { body: build(root, [], ''), texts, fields };
}

/** A deep copy of `body` with the value at `path` replaced (or, for a record key, the key renamed). */
export function withValue(
  body: unknown,
  path: (string | number)[],
  value: unknown,
  renameKey = false,
): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let target = copy;
  for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (renameKey) {
    target[value as string] = target[last];
    delete target[last];
  } else target[last] = value;
  return copy;
}
