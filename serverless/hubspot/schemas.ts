import { AppError } from '../lib/errors';
import type { Crm, ObjectSchema } from './crm';

/**
 * Finds our custom objects' type ids ("2-1234567"), which differ per portal. The answer is
 * kept for the life of a warm function, since schemas are created once and never move.
 */
const cache = new Map<string, { schemas: ObjectSchema[]; at: number }>();
const TTL_MS = 10 * 60_000;

/** A cold start forgets everything; tests that simulate one call this. */
export function clearSchemaCache(): void {
  cache.clear();
}

export class SchemaRegistry {
  constructor(
    private readonly crm: Crm,
    private readonly cacheKey: string,
  ) {}

  async list(fresh = false): Promise<ObjectSchema[]> {
    const hit = cache.get(this.cacheKey);
    if (!fresh && hit && Date.now() - hit.at < TTL_MS) return hit.schemas;
    const schemas = await this.crm.listSchemas();
    cache.set(this.cacheKey, { schemas, at: Date.now() });
    return schemas;
  }

  async find(name: string): Promise<ObjectSchema | undefined> {
    const cached = (await this.list()).find((schema) => schema.name === name);
    return cached ?? (await this.list(true)).find((schema) => schema.name === name);
  }

  /** The object type id, or a NOT_SET_UP error that tells the user what to do. */
  async require(name: string, label: string): Promise<string> {
    const schema = await this.find(name);
    if (!schema) {
      throw new AppError(
        'NOT_SET_UP',
        `The app is not set up yet: the custom object "${label}" is missing.`,
        {
          fix: 'Open the app’s settings page and run setup.',
        },
      );
    }
    return schema.objectTypeId;
  }

  forget(): void {
    cache.delete(this.cacheKey);
  }
}
