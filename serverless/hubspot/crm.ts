import type { ServerMessage } from '@qbo-invoicing/messages';
import { chunks } from '../lib/chunks';
import { HubSpotApiError, isHubSpotStatus } from './errors';
import type { HubSpotHttp } from './http';

/** A CRM record as HubSpot's v3 objects API returns it: every property value is a string. */
export interface CrmRecord {
  id: string;
  properties: Record<string, string | null>;
  createdAt?: string;
  updatedAt?: string;
  archived?: boolean;
}

export interface AssociationSpec {
  associationCategory: 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED';
  associationTypeId: number;
}

export interface PropertyDefinition {
  name: string;
  label: string;
  type: 'string' | 'number' | 'date' | 'datetime' | 'enumeration' | 'bool';
  fieldType: 'text' | 'textarea' | 'number' | 'date' | 'select' | 'booleancheckbox';
  groupName?: string;
  description?: string;
  hasUniqueValue?: boolean;
  options?: Array<{ label: string; value: string; displayOrder?: number }>;
}

/** A property as a portal defines it (`GET /crm/v3/properties/{objectType}`). */
export interface PortalProperty {
  name: string;
  label: string;
  type: string;
  fieldType?: string;
  groupName?: string;
  options?: Array<{ label?: string; value: string }>;
  hasUniqueValue?: boolean;
  calculated?: boolean;
  readOnlyValue: boolean;
}

export interface PropertyGroup {
  name: string;
  label: string;
  displayOrder?: number;
}

export interface ObjectSchema {
  id: string;
  objectTypeId: string;
  fullyQualifiedName: string;
  name: string;
  properties: Array<{ name: string; options?: Array<{ value: string }> }>;
  associations: Array<{
    id: string;
    fromObjectTypeId: string;
    toObjectTypeId: string;
    name?: string;
  }>;
}

export interface SchemaDefinition {
  name: string;
  labels: { singular: string; plural: string };
  primaryDisplayProperty: string;
  requiredProperties: string[];
  searchableProperties: string[];
  secondaryDisplayProperties?: string[];
  properties: PropertyDefinition[];
  associatedObjects: string[];
}

export interface SearchRequest {
  filterGroups?: Array<{
    filters: Array<{ propertyName: string; operator: string; value?: string; values?: string[] }>;
  }>;
  sorts?: Array<{ propertyName: string; direction: 'ASCENDING' | 'DESCENDING' }>;
  properties?: string[];
  limit?: number;
  after?: string;
  query?: string;
}

/** What a v3 read with `associations=` adds for one associated object type. */
export interface AssociatedIds {
  results: Array<{ id: string; type?: string }>;
}

/** A task's status, priority and type, as HubSpot's tasks API lists them. */
export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'WAITING' | 'COMPLETED' | 'DEFERRED';
export type TaskPriority = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH';
export type TaskType = 'EMAIL' | 'CALL' | 'TODO';

/** The records a task can be attached to, and HubSpot's default association type id for each. */
export const TASK_ASSOCIATION_TYPE_IDS = { deal: 216, contact: 204, company: 192 } as const;

export interface TaskInput {
  subject: string;
  body?: string;
  /** The due instant; HubSpot stores it as `hs_timestamp` (UTC). */
  dueAt: Date;
  ownerId?: string;
  status?: TaskStatus;
  priority?: TaskPriority;
  type?: TaskType;
  associations?: Array<{ to: keyof typeof TASK_ASSOCIATION_TYPE_IDS; id: string }>;
}

const BATCH_LIMIT = 100;

/** One input of a batch write that HubSpot refused, by its position in the caller's list. */
export interface BatchFailure {
  index: number;
  category?: string;
  message: string;
}

/** What a batch write did: the records written (in input order) and the inputs refused. */
export interface BatchOutcome {
  saved: Array<CrmRecord & { index: number }>;
  failed: BatchFailure[];
}

interface MultiStatusResponse {
  results: Array<CrmRecord & { objectWriteTraceId?: string }>;
  errors?: Array<{
    category?: string;
    message?: string;
    context?: { objectWriteTraceId?: string[] };
  }>;
}

/**
 * Reads a multi-status batch answer (https://developers.hubspot.com/docs/api-reference/error-handling,
 * "Multi-status errors"): each input was sent with its position as `objectWriteTraceId`, so every
 * error and every result that echoes it maps back to exactly one input. A result without it (the
 * 2026-03 reference shows the echo; older answers may lack it) goes to the input `keyOf` names,
 * else to the first input not yet accounted for, in order.
 */
function outcomeOf(
  response: MultiStatusResponse,
  offset: number,
  count: number,
  keyOf?: (record: CrmRecord) => number | undefined,
): BatchOutcome {
  const indexOf = (traceId: string | undefined): number | undefined => {
    const n = Number(traceId);
    return traceId !== undefined && Number.isInteger(n) && n >= offset && n < offset + count
      ? n
      : undefined;
  };
  const failed = (response.errors ?? []).flatMap((error) => {
    const index = indexOf(error.context?.objectWriteTraceId?.[0]);
    if (index === undefined) return [];
    // HubSpot's own words as it wrote them; ours (a catalog id) when it gave none, so a caller
    // can say it in its user's language (`words.t` leaves HubSpot's words as they are).
    const failure: BatchFailure = {
      index,
      message: error.message ?? ('HubSpot refused this record.' satisfies ServerMessage),
    };
    if (error.category) failure.category = error.category;
    return [failure];
  });
  const claimed = new Set(failed.map((f) => f.index));
  const traced = response.results.map(({ objectWriteTraceId, ...record }) => {
    const index = indexOf(objectWriteTraceId) ?? keyOf?.(record);
    if (index !== undefined) claimed.add(index);
    return { record, index };
  });
  let next = offset;
  const saved = traced.flatMap(({ record, index }) => {
    if (index !== undefined) return [{ ...record, index }];
    while (claimed.has(next)) next++;
    if (next >= offset + count) return [];
    claimed.add(next);
    return [{ ...record, index: next }];
  });
  return { saved: saved.sort((a, b) => a.index - b.index), failed };
}

/**
 * The records of a batch write that had to succeed whole, in input order; throws naming what
 * HubSpot refused, or that it did not answer for every input.
 */
export function requireAllSaved(outcome: BatchOutcome, total: number): CrmRecord[] {
  const [first] = outcome.failed;
  if (first) {
    throw new HubSpotApiError(
      'HubSpot refused {failed} of {total} records: {reason}',
      400,
      first.category,
      {
        retryable: false,
        detail: JSON.stringify(outcome.failed),
        values: { failed: outcome.failed.length, total, reason: first.message },
      },
    );
  }
  if (outcome.saved.length !== total) {
    throw new HubSpotApiError(
      'HubSpot saved {saved} of {total} records without saying why. Try again.',
      207,
      undefined,
      {
        retryable: false,
        detail: `saved indexes ${outcome.saved.map((r) => r.index).join(',')}`,
        values: { saved: outcome.saved.length, total },
      },
    );
  }
  return outcome.saved.map(({ index: _index, ...record }) => record);
}

const enc = encodeURIComponent;

/** Typed access to the CRM endpoints the product uses, on top of the retrying HTTP door. */
export class Crm {
  constructor(private readonly http: HubSpotHttp) {}

  async getObject(
    type: string,
    id: string,
    properties: string[],
    idProperty?: string,
  ): Promise<CrmRecord | null> {
    try {
      return await this.http.request<CrmRecord>('GET', `/crm/v3/objects/${enc(type)}/${enc(id)}`, {
        query: { properties, idProperty },
      });
    } catch (error) {
      if (isHubSpotStatus(error, 404)) return null;
      throw error;
    }
  }

  /**
   * One record with the ids of its associated records of the given types, in one call. HubSpot
   * answers `associations: {<type>: {results: [{id, type}]}}`; the type names say which label.
   */
  async getWithAssociations(
    type: string,
    id: string,
    properties: string[],
    associations: string[],
  ): Promise<(CrmRecord & { associations: Record<string, AssociatedIds> }) | null> {
    try {
      const record = await this.http.request<
        CrmRecord & { associations?: Record<string, AssociatedIds> }
      >('GET', `/crm/v3/objects/${enc(type)}/${enc(id)}`, {
        query: { properties, associations },
      });
      return { ...record, associations: record.associations ?? {} };
    } catch (error) {
      if (isHubSpotStatus(error, 404)) return null;
      throw error;
    }
  }

  /** Every record of `type` associated with one record, with its properties, via search. */
  async searchAssociated(
    type: string,
    associatedType: string,
    associatedId: string,
    properties: string[],
  ): Promise<CrmRecord[]> {
    const found: CrmRecord[] = [];
    let after: string | undefined;
    do {
      const page = await this.search(type, {
        filterGroups: [
          {
            filters: [
              {
                propertyName: `associations.${associatedType}`,
                operator: 'EQ',
                value: associatedId,
              },
            ],
          },
        ],
        properties,
        limit: 100,
        ...(after ? { after } : {}),
      });
      found.push(...page.results);
      after = page.paging?.next?.after;
    } while (after);
    return found;
  }

  createObject(
    type: string,
    properties: Record<string, string>,
    associations: Array<{ to: { id: string }; types: AssociationSpec[] }> = [],
  ): Promise<CrmRecord> {
    return this.http.request('POST', `/crm/v3/objects/${enc(type)}`, {
      body: { properties, associations },
    });
  }

  /**
   * Creates a task attached to its records in one call
   * (https://developers.hubspot.com/docs/api/crm/tasks): `hs_timestamp` is the due date.
   */
  createTask(task: TaskInput): Promise<CrmRecord> {
    const properties: Record<string, string> = {
      hs_timestamp: task.dueAt.toISOString(),
      hs_task_subject: task.subject,
      hs_task_status: task.status ?? 'NOT_STARTED',
      hs_task_type: task.type ?? 'TODO',
    };
    if (task.body !== undefined) properties.hs_task_body = task.body;
    if (task.priority !== undefined) properties.hs_task_priority = task.priority;
    if (task.ownerId !== undefined) properties.hubspot_owner_id = task.ownerId;
    const associations = (task.associations ?? []).map((a) => ({
      to: { id: a.id },
      types: [
        {
          associationCategory: 'HUBSPOT_DEFINED' as const,
          associationTypeId: TASK_ASSOCIATION_TYPE_IDS[a.to],
        },
      ],
    }));
    return this.createObject('tasks', properties, associations);
  }

  updateObject(type: string, id: string, properties: Record<string, string>): Promise<CrmRecord> {
    return this.http.request('PATCH', `/crm/v3/objects/${enc(type)}/${enc(id)}`, {
      body: { properties },
    });
  }

  async batchRead(
    type: string,
    ids: string[],
    properties: string[],
    idProperty?: string,
  ): Promise<CrmRecord[]> {
    const results: CrmRecord[] = [];
    for (const part of chunks([...new Set(ids)], BATCH_LIMIT)) {
      const response = await this.http.request<{ results: CrmRecord[] }>(
        'POST',
        `/crm/v3/objects/${enc(type)}/batch/read`,
        {
          body: {
            inputs: part.map((id) => ({ id })),
            properties,
            ...(idProperty ? { idProperty } : {}),
          },
        },
      );
      results.push(...response.results);
    }
    return results;
  }

  /**
   * Creates or updates by a unique property, so a retried write cannot make a second record.
   * Inputs are sent with trace ids, so one refused input does not stop the others: the outcome
   * lists what was saved and what was refused, each by its position in `inputs`.
   */
  async batchUpsert(
    type: string,
    idProperty: string,
    inputs: Array<{ id: string; properties: Record<string, string> }>,
  ): Promise<BatchOutcome> {
    // An upserted record carries its key in `idProperty`, which names its input without a trace id.
    const keyOf = (record: CrmRecord, offset: number, count: number): number | undefined => {
      const key = record.properties[idProperty]?.toLowerCase();
      const n = inputs.findIndex((input, i) => i >= offset && input.id.toLowerCase() === key);
      return n >= 0 && n < offset + count ? n : undefined;
    };
    return this.batchWrite(
      inputs,
      (input) => ({ ...input, idProperty }),
      (body) =>
        this.http.request<MultiStatusResponse>(
          'POST',
          `/crm/v3/objects/${enc(type)}/batch/upsert`,
          { body },
        ),
      keyOf,
    );
  }

  /**
   * Creates records in batches of 100 with their associations. Not idempotent (HubSpot has no
   * idempotency key for creates): a caller that may repeat a create should upsert by a unique
   * property instead. One refused input does not stop the others (see `BatchOutcome`).
   */
  async batchCreate(
    type: string,
    inputs: Array<{
      properties: Record<string, string>;
      associations?: Array<{ to: { id: string }; types: AssociationSpec[] }>;
    }>,
  ): Promise<BatchOutcome> {
    return this.batchWrite(
      inputs,
      (input) => input,
      (body) =>
        this.http.request<MultiStatusResponse>(
          'POST',
          `/crm/v3/objects/${enc(type)}/batch/create`,
          { body },
        ),
    );
  }

  /** Sends inputs in chunks of 100, each tagged with its position as `objectWriteTraceId`. */
  private async batchWrite<T>(
    inputs: T[],
    toInput: (input: T) => object,
    send: (body: { inputs: object[] }) => Promise<MultiStatusResponse>,
    keyOf?: (record: CrmRecord, offset: number, count: number) => number | undefined,
  ): Promise<BatchOutcome> {
    const outcome: BatchOutcome = { saved: [], failed: [] };
    for (const [n, part] of chunks(inputs, BATCH_LIMIT).entries()) {
      const offset = n * BATCH_LIMIT;
      const response = await send({
        inputs: part.map((input, i) => ({
          ...toInput(input),
          objectWriteTraceId: String(offset + i),
        })),
      });
      const one = outcomeOf(
        response,
        offset,
        part.length,
        keyOf && ((record) => keyOf(record, offset, part.length)),
      );
      outcome.saved.push(...one.saved);
      outcome.failed.push(...one.failed);
    }
    return outcome;
  }

  search(type: string, request: SearchRequest) {
    return this.http.request<{
      total: number;
      results: CrmRecord[];
      paging?: { next?: { after: string } };
    }>('POST', `/crm/v3/objects/${enc(type)}/search`, { body: request });
  }

  associate(
    fromType: string,
    fromId: string,
    toType: string,
    toId: string,
    types: AssociationSpec[],
  ) {
    return this.http.request<unknown>(
      'PUT',
      `/crm/v4/objects/${enc(fromType)}/${enc(fromId)}/associations/${enc(toType)}/${enc(toId)}`,
      { body: types },
    );
  }

  /** Links two records with the default (unlabelled) association type of the pair. */
  associateDefault(fromType: string, fromId: string, toType: string, toId: string) {
    return this.http.request<unknown>(
      'PUT',
      `/crm/v4/objects/${enc(fromType)}/${enc(fromId)}/associations/default/${enc(toType)}/${enc(toId)}`,
    );
  }

  /**
   * Links many pairs of records with the default association type of the two types (HubSpot's v4
   * batch "associate records", 100 pairs a request here).
   */
  async batchAssociateDefault(
    fromType: string,
    toType: string,
    pairs: Array<{ fromId: string; toId: string }>,
  ): Promise<void> {
    for (const part of chunks(pairs, BATCH_LIMIT)) {
      await this.http.request<unknown>(
        'POST',
        `/crm/v4/associations/${enc(fromType)}/${enc(toType)}/batch/associate/default`,
        { body: { inputs: part.map((p) => ({ from: { id: p.fromId }, to: { id: p.toId } })) } },
      );
    }
  }

  /** Removes every association between two records (HubSpot's v4 "remove associations"). */
  disassociate(fromType: string, fromId: string, toType: string, toId: string) {
    return this.http.request<unknown>(
      'DELETE',
      `/crm/v4/objects/${enc(fromType)}/${enc(fromId)}/associations/${enc(toType)}/${enc(toId)}`,
    );
  }

  /** Every record of `toType` associated with one record, across pages. */
  async associatedIds(fromType: string, fromId: string, toType: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | undefined;
    do {
      const page = await this.http.request<{
        results: Array<{ toObjectId: string | number }>;
        paging?: { next?: { after: string } };
      }>('GET', `/crm/v4/objects/${enc(fromType)}/${enc(fromId)}/associations/${enc(toType)}`, {
        query: { limit: 500, after },
      });
      ids.push(...page.results.map((result) => String(result.toObjectId)));
      after = page.paging?.next?.after;
    } while (after);
    return ids;
  }

  /**
   * The ids of records of `toType` associated with each of `fromIds`, in one call per 1,000 ids
   * (HubSpot's v4 batch read; ids with no association are simply absent from the answer).
   */
  async batchAssociatedIds(
    fromType: string,
    fromIds: string[],
    toType: string,
  ): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const part of chunks([...new Set(fromIds)], 1000)) {
      const response = await this.http.request<{
        results: Array<{
          from: { id: string | number };
          to: Array<{ toObjectId: string | number }>;
        }>;
      }>('POST', `/crm/v4/associations/${enc(fromType)}/${enc(toType)}/batch/read`, {
        body: { inputs: part.map((id) => ({ id })) },
      });
      for (const result of response.results) {
        out.set(
          String(result.from.id),
          result.to.map((to) => String(to.toObjectId)),
        );
      }
    }
    return out;
  }

  /** Updates records by HubSpot id, 100 to a call. */
  async batchUpdate(
    type: string,
    inputs: Array<{ id: string; properties: Record<string, string> }>,
  ): Promise<CrmRecord[]> {
    const results: CrmRecord[] = [];
    for (const part of chunks(inputs, BATCH_LIMIT)) {
      const response = await this.http.request<{ results: CrmRecord[] }>(
        'POST',
        `/crm/v3/objects/${enc(type)}/batch/update`,
        { body: { inputs: part } },
      );
      results.push(...response.results);
    }
    return results;
  }

  /** Archives records by HubSpot id, 100 to a call (HubSpot keeps them restorable for 90 days). */
  async batchArchive(type: string, ids: string[]): Promise<void> {
    for (const part of chunks([...new Set(ids)], BATCH_LIMIT)) {
      await this.http.request<unknown>('POST', `/crm/v3/objects/${enc(type)}/batch/archive`, {
        body: { inputs: part.map((id) => ({ id })) },
      });
    }
  }

  /** The portal this app is installed in (the private app's token belongs to one portal). */
  accountDetails() {
    return this.http.request<{ portalId: number; timeZone?: string; companyCurrency?: string }>(
      'GET',
      '/account-info/v3/details',
    );
  }

  archiveObject(type: string, id: string) {
    return this.http.request<unknown>('DELETE', `/crm/v3/objects/${enc(type)}/${enc(id)}`);
  }

  async listProperties(
    type: string,
  ): Promise<Array<{ name: string; groupName?: string; options?: Array<{ value: string }> }>> {
    const response = await this.http.request<{
      results: Array<{ name: string; groupName?: string; options?: Array<{ value: string }> }>;
    }>('GET', `/crm/v3/properties/${enc(type)}`);
    return response.results;
  }

  /**
   * A type's property definitions with what decides whether a value can be written: type, field
   * type, options, unique, and HubSpot's own (`modificationMetadata.readOnlyValue`, calculated).
   */
  async listPropertyDefinitions(type: string): Promise<PortalProperty[]> {
    const response = await this.http.request<{
      results: Array<
        Omit<PortalProperty, 'readOnlyValue'> & {
          modificationMetadata?: { readOnlyValue?: boolean };
        }
      >;
    }>('GET', `/crm/v3/properties/${enc(type)}`);
    return response.results.map(({ modificationMetadata, ...property }) => ({
      ...property,
      readOnlyValue: modificationMetadata?.readOnlyValue ?? false,
    }));
  }

  /** Changes a property's definition (setup uses it to add new enumeration options). */
  updateProperty(type: string, name: string, changes: Partial<PropertyDefinition>) {
    return this.http.request<unknown>('PATCH', `/crm/v3/properties/${enc(type)}/${enc(name)}`, {
      body: changes,
    });
  }

  createProperty(type: string, property: PropertyDefinition) {
    return this.http.request<unknown>('POST', `/crm/v3/properties/${enc(type)}`, {
      body: property,
    });
  }

  async listPropertyGroups(type: string): Promise<PropertyGroup[]> {
    const response = await this.http.request<{ results: PropertyGroup[] }>(
      'GET',
      `/crm/v3/properties/${enc(type)}/groups`,
    );
    return response.results;
  }

  createPropertyGroup(type: string, group: PropertyGroup) {
    return this.http.request<unknown>('POST', `/crm/v3/properties/${enc(type)}/groups`, {
      body: group,
    });
  }

  async listSchemas(): Promise<ObjectSchema[]> {
    const response = await this.http.request<{ results: ObjectSchema[] }>('GET', '/crm/v3/schemas');
    return response.results;
  }

  createSchema(schema: SchemaDefinition): Promise<ObjectSchema> {
    return this.http.request('POST', '/crm/v3/schemas', { body: schema });
  }

  createSchemaAssociation(objectTypeId: string, toObjectTypeId: string) {
    return this.http.request<unknown>('POST', `/crm/v3/schemas/${enc(objectTypeId)}/associations`, {
      body: { fromObjectTypeId: objectTypeId, toObjectTypeId },
    });
  }
}
