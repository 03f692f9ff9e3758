/** Shapes the emulator stores; they mirror HubSpot's public CRM v3 JSON. */

export type PropertyType = 'string' | 'number' | 'date' | 'datetime' | 'enumeration' | 'bool';

export interface PropertyOption {
  label: string;
  value: string;
  description?: string;
  displayOrder: number;
  hidden: boolean;
}

export interface PropertyDef {
  name: string;
  label: string;
  type: PropertyType;
  fieldType: string;
  groupName: string;
  description: string;
  options: PropertyOption[];
  displayOrder: number;
  hasUniqueValue: boolean;
  hidden: boolean;
  formField: boolean;
  hubspotDefined: boolean;
  calculated: boolean;
  externalOptions: boolean;
  /** HubSpot-maintained values (ids, timestamps, calculated amounts) reject writes. */
  readOnlyValue: boolean;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

export interface PropertyGroup {
  name: string;
  label: string;
  displayOrder: number;
  archived: boolean;
}

export interface CrmRecord {
  id: string;
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
}

export interface ObjectTypeDef {
  objectTypeId: string;
  /** Path name: 'contacts' for standard objects, the schema name for custom ones. */
  name: string;
  /** Singular used in association type names, e.g. 'line_item'. */
  singular: string;
  fullyQualifiedName: string;
  /** Key of the v3 `associations` map in record responses. */
  associationsKey: string;
  custom: boolean;
  labels: { singular: string; plural: string };
  primaryDisplayProperty: string;
  secondaryDisplayProperties: string[];
  requiredProperties: string[];
  searchableProperties: string[];
  /** Properties returned when a request names none. */
  defaultReturned: string[];
  description?: string;
  createdAt: string;
  updatedAt: string;
}

export type AssociationCategory = 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED';

export interface AssociationTypeDef {
  typeId: number;
  category: AssociationCategory;
  fromObjectTypeId: string;
  toObjectTypeId: string;
  /** Internal name, e.g. 'deal_to_contact'. */
  name: string;
  label: string | null;
  inverseTypeId: number;
  createdAt: string;
}

export type Seed = 'demo' | 'empty';
