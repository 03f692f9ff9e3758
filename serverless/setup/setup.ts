import type { SetupStatus } from '@qbo-invoicing/contract';
import { APP_TAXABLE_PROPERTY, hasHubSpotTaxable } from '@qbo-invoicing/contract/catalog';
import type { Crm, ObjectSchema, PropertyDefinition, SchemaDefinition } from '../hubspot/crm';
import { isHubSpotStatus } from '../hubspot/errors';
import type { SchemaRegistry } from '../hubspot/schemas';
import { english, type Translator } from '../lib/text';
import {
  customObjects,
  dealProperties,
  dealPropertyGroup,
  quickBooksPropertyGroup,
  standardObjectProperties,
} from '../hubspot/definitions';

type StandardObject = keyof typeof standardObjectProperties;
const standardObjects = Object.keys(standardObjectProperties) as StandardObject[];

/** A property as the portal has it: its name and, for enumerations, its option values. */
type PortalProperties = Map<string, Set<string>>;

interface PortalState {
  schemas: ObjectSchema[];
  schemaProperties: Map<string, PortalProperties>;
  dealGroups: Set<string>;
  dealProperties: PortalProperties;
  /** Contacts', companies' and products' property groups and properties (contact and product sync). */
  standard: Record<StandardObject, { groups: Set<string>; properties: PortalProperties }>;
  /** The portal has a HubSpot-defined taxable product property: the app adds none of its own. */
  hubspotTaxable: boolean;
}

const propertiesOf = (
  list: Array<{ name: string; options?: Array<{ value: string }> }>,
): PortalProperties =>
  new Map(list.map((p) => [p.name, new Set((p.options ?? []).map((option) => option.value))]));

/**
 * Whether the portal's property is what the definition needs: it exists and, for an enumeration,
 * offers every option (a later version adds options, such as the "Deleted in QuickBooks" status).
 */
function isCurrent(have: PortalProperties | undefined, property: PropertyDefinition): boolean {
  const options = have?.get(property.name);
  if (!options) return false;
  return (property.options ?? []).every((option) => options.has(option.value));
}

/**
 * The app's properties a standard object needs in this portal: all of them, except the app's own
 * taxable product property where HubSpot defines one (the sync fills HubSpot's instead).
 */
function wanted(type: StandardObject, state: PortalState): PropertyDefinition[] {
  return standardObjectProperties[type].filter(
    (property) => !(property.name === APP_TAXABLE_PROPERTY && state.hubspotTaxable),
  );
}

/**
 * What setup checks, each with the work that makes it true. Its label is said in the admin's
 * language; the names inside it are the portal's own (HubSpot keeps one label per object and
 * property for the whole account), so they are quoted as HubSpot shows them.
 */
interface SetupStep {
  key: string;
  label(words: Translator): string;
  isDone(state: PortalState): boolean;
  apply(state: PortalState): Promise<void>;
}

/** 409 means someone (another run) made it meanwhile: the goal is reached either way. */
async function tolerateConflict(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!isHubSpotStatus(error, 409)) throw error;
  }
}

function missingAssociations(schema: ObjectSchema, definition: SchemaDefinition): string[] {
  const linked = new Set(
    schema.associations.flatMap((association) => [
      association.toObjectTypeId,
      association.fromObjectTypeId,
    ]),
  );
  return definition.associatedObjects.filter((type) => !linked.has(type));
}

/**
 * Installs the custom objects and deal properties, idempotently: each step checks the portal
 * first and does only what is missing, so a run interrupted halfway is finished by the next one
 * and a second run changes nothing.
 */
export class Setup {
  constructor(
    private readonly crm: Crm,
    private readonly registry: SchemaRegistry,
  ) {}

  private async readState(): Promise<PortalState> {
    const [schemas, groups, properties, ...standard] = await Promise.all([
      this.registry.list(true),
      this.crm.listPropertyGroups('deals'),
      this.crm.listProperties('deals'),
      ...standardObjects.map(async (type) => {
        const [typeGroups, typeProperties] = await Promise.all([
          this.crm.listPropertyGroups(type),
          this.crm.listPropertyDefinitions(type),
        ]);
        return {
          groups: new Set(typeGroups.map((group) => group.name)),
          properties: propertiesOf(typeProperties),
          hubspotTaxable: type === 'products' && hasHubSpotTaxable(typeProperties),
        };
      }),
    ]);
    const schemaProperties = new Map(
      schemas.map((schema) => [schema.name, propertiesOf(schema.properties)]),
    );
    return {
      schemas,
      schemaProperties,
      dealGroups: new Set(groups.map((group) => group.name)),
      dealProperties: propertiesOf(properties),
      standard: Object.fromEntries(
        standardObjects.map((type, index) => {
          const { groups, properties } = standard[index]!;
          return [type, { groups, properties }];
        }),
      ) as PortalState['standard'],
      hubspotTaxable: standard.some((entry) => entry.hubspotTaxable),
    };
  }

  private steps(): SetupStep[] {
    const schemaSteps = customObjects.map<SetupStep>((definition) => {
      const find = (state: PortalState) =>
        state.schemas.find((schema) => schema.name === definition.name);
      return {
        key: `schema:${definition.name}`,
        label: (words) => words.t('Custom object “{name}”', { name: definition.labels.singular }),
        isDone: (state) => {
          const schema = find(state);
          const have = state.schemaProperties.get(definition.name);
          return (
            !!schema &&
            !!have &&
            definition.properties.every((property) => isCurrent(have, property)) &&
            missingAssociations(schema, definition).length === 0
          );
        },
        apply: async (state) => {
          const schema = find(state);
          if (!schema) {
            await tolerateConflict(this.crm.createSchema(definition));
            return;
          }
          const have = state.schemaProperties.get(definition.name) ?? new Map();
          const missing = definition.properties.filter((p) => !have.has(p.name));
          for (const property of definition.properties) {
            if (have.has(property.name) && !isCurrent(have, property))
              await this.crm.updateProperty(schema.objectTypeId, property.name, {
                options: property.options ?? [],
              });
          }
          if (missing.length > 0) {
            // HubSpot wants a group for every property; a custom object's own group is the natural one.
            const groupName = await this.customObjectGroup(schema.objectTypeId);
            for (const property of missing) {
              await tolerateConflict(
                this.crm.createProperty(schema.objectTypeId, { ...property, groupName }),
              );
            }
          }
          for (const type of missingAssociations(schema, definition)) {
            await tolerateConflict(this.crm.createSchemaAssociation(schema.objectTypeId, type));
          }
        },
      };
    });
    const groupStep: SetupStep = {
      key: `group:deals:${dealPropertyGroup.name}`,
      label: (words) => words.t('Deal property group “{name}”', { name: dealPropertyGroup.label }),
      isDone: (state) => state.dealGroups.has(dealPropertyGroup.name),
      apply: () => tolerateConflict(this.crm.createPropertyGroup('deals', dealPropertyGroup)),
    };
    const propertySteps = dealProperties.map<SetupStep>((property) => ({
      key: `property:deals:${property.name}`,
      label: (words) => words.t('Deal property “{name}”', { name: property.label }),
      isDone: (state) => isCurrent(state.dealProperties, property),
      apply: async (state) => {
        if (state.dealProperties.has(property.name))
          await this.crm.updateProperty('deals', property.name, {
            options: property.options ?? [],
          });
        else await tolerateConflict(this.crm.createProperty('deals', property));
      },
    }));
    // One step per standard object: the "QuickBooks" group and the sync's keys (unique) on it.
    const standardSteps = standardObjects.map<SetupStep>((type) => ({
      key: `properties:${type}`,
      label: (words) =>
        words.t(
          '{object, select, contacts {Contact properties for QuickBooks sync} companies {Company properties for QuickBooks sync} other {Product properties for QuickBooks sync}}',
          { object: type },
        ),
      isDone: (state) =>
        wanted(type, state).every((p) => isCurrent(state.standard[type].properties, p)),
      apply: async (state) => {
        const { groups, properties } = state.standard[type];
        if (!groups.has(quickBooksPropertyGroup.name))
          await tolerateConflict(this.crm.createPropertyGroup(type, quickBooksPropertyGroup));
        for (const property of wanted(type, state)) {
          if (properties.has(property.name)) continue;
          await tolerateConflict(
            this.crm.createProperty(type, { ...property, groupName: quickBooksPropertyGroup.name }),
          );
        }
      },
    }));
    return [...schemaSteps, groupStep, ...propertySteps, ...standardSteps];
  }

  private async customObjectGroup(objectTypeId: string): Promise<string> {
    const groups = await this.crm.listPropertyGroups(objectTypeId);
    if (groups[0]) return groups[0].name;
    const group = { name: 'quickbooks', label: 'QuickBooks' };
    await tolerateConflict(this.crm.createPropertyGroup(objectTypeId, group));
    return group.name;
  }

  private describe(state: PortalState, words: Translator): SetupStatus {
    const items = this.steps().map((step) => ({
      key: step.key,
      label: step.label(words),
      done: step.isDone(state),
    }));
    return { done: items.every((item) => item.done), items };
  }

  /** What is installed and what is missing, said in the admin's language. */
  async status(words: Translator = english): Promise<SetupStatus> {
    return this.describe(await this.readState(), words);
  }

  async run(words: Translator = english): Promise<SetupStatus & { created: string[] }> {
    const state = await this.readState();
    const created: string[] = [];
    // In order: the deal properties need their group to exist first.
    for (const step of this.steps()) {
      if (step.isDone(state)) continue;
      await step.apply(state);
      created.push(step.label(words));
    }
    this.registry.forget();
    return { ...(await this.status(words)), created };
  }
}
