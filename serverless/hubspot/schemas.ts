import { AppError } from '../lib/errors';
import type { WarmCache } from '../lib/warm-cache';
import type { Crm, ObjectSchema } from './crm';

const TTL_MS = 10 * 60_000;

/**
 * Finds our custom objects' type ids ("2-1234567"), which differ per portal. The answer is kept
 * in the warm cache for ten minutes, since schemas are created once and never move.
 */
export class SchemaRegistry {
  private readonly key: string;

  constructor(
    private readonly crm: Crm,
    private readonly cache: WarmCache,
    hubspotApi: string,
  ) {
    this.key = `schemas|${hubspotApi}`;
  }

  async list(fresh = false): Promise<ObjectSchema[]> {
    const hit = fresh ? undefined : this.cache.get<ObjectSchema[]>(this.key, TTL_MS);
    return hit ?? this.cache.set(this.key, await this.crm.listSchemas());
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
        'The app is not set up yet: the custom object "{object}" is missing.',
        { fix: 'Open the app’s settings page and run setup.', values: { object: label } },
      );
    }
    return schema.objectTypeId;
  }

  forget(): void {
    this.cache.delete(this.key);
  }
}
