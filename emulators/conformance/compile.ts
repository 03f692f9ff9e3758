// Turns Intuit's XSD documents into the compact model the checker walks.
// Handles the subset the schemas use: sequence, choice, group ref, element ref
// (with substitution groups), complexContent/simpleContent extension,
// attributes, xs:any and simpleType restrictions with facets.

import { fieldRule } from './field-rules.js';
import type { Builtin, ComplexType, Facets, Field, Schema, SimpleType } from './model.js';
import type { XmlNode } from './xml.js';

const BUILTINS: ReadonlySet<string> = new Set<Builtin>([
  'string',
  'anyURI',
  'boolean',
  'date',
  'dateTime',
  'time',
  'decimal',
  'double',
  'float',
  'int',
  'long',
  'integer',
  'positiveInteger',
  'nonNegativeInteger',
  'anyType',
]);

// Choices the XSD declares but QBO's JSON is not known to keep exclusive; the branches
// are all optional prices, so a false alarm would cost more than a miss.
const NON_EXCLUSIVE_CHOICES: ReadonlySet<string> = new Set(['ItemLineDetail']);

interface TopElement {
  type: string;
  abstract: boolean;
  substitutionGroup?: string;
}

interface Sources {
  complex: Map<string, XmlNode>;
  simple: Map<string, XmlNode>;
  groups: Map<string, XmlNode>;
  elements: Map<string, TopElement>;
}

const local = (qname: string): string => qname.slice(qname.indexOf(':') + 1);
const isXs = (qname: string): boolean => qname.startsWith('xs:');
const repeats = (node: XmlNode): boolean => {
  const max = node.attrs['maxOccurs'];
  return max === 'unbounded' || (max !== undefined && Number(max) > 1);
};

function collect(docs: readonly XmlNode[]): Sources {
  const src: Sources = {
    complex: new Map(),
    simple: new Map(),
    groups: new Map(),
    elements: new Map(),
  };
  for (const doc of docs) {
    for (const node of doc.children) {
      const name = node.attrs['name'];
      if (!name) continue;
      if (node.name === 'xs:complexType') src.complex.set(name, node);
      else if (node.name === 'xs:simpleType') src.simple.set(name, node);
      else if (node.name === 'xs:group') src.groups.set(name, node);
      else if (node.name === 'xs:element') {
        const sg = node.attrs['substitutionGroup'];
        src.elements.set(name, {
          type: node.attrs['type'] ?? 'xs:anyType',
          abstract: node.attrs['abstract'] === 'true',
          ...(sg ? { substitutionGroup: local(sg) } : {}),
        });
      }
    }
  }
  return src;
}

/** Names of the concrete elements that may stand for `head` (transitively). */
function substitutes(src: Sources, head: string): string[] {
  const out: string[] = [];
  for (const [name, el] of src.elements) {
    if (el.substitutionGroup !== head) continue;
    if (!el.abstract) out.push(name);
    out.push(...substitutes(src, name));
  }
  return out;
}

/** The prose of an element's xs:annotation/xs:documentation, where Intuit states lengths. */
function documentation(node: XmlNode): string | undefined {
  const annotation = node.children.find((c) => c.name === 'xs:annotation');
  return annotation?.children.find((c) => c.name === 'xs:documentation')?.text;
}

function typeRef(qname: string): string {
  return isXs(qname) ? qname : local(qname);
}

function compileSimple(name: string, node: XmlNode, src: Sources): SimpleType {
  const restriction = node.children.find((c) => c.name === 'xs:restriction');
  if (!restriction) throw new Error(`XSD: simpleType ${name} is not a restriction`);
  const baseName = restriction.attrs['base'] ?? 'xs:string';
  let base: Builtin;
  let facets: Facets = {};
  if (isXs(baseName)) {
    const b = local(baseName);
    if (!BUILTINS.has(b)) throw new Error(`XSD: unsupported built-in ${baseName}`);
    base = b as Builtin;
  } else {
    const parentNode = src.simple.get(local(baseName));
    if (!parentNode) throw new Error(`XSD: unknown simple type ${baseName}`);
    const parent = compileSimple(local(baseName), parentNode, src);
    base = parent.base;
    facets = { ...parent.facets };
  }
  const enumeration = new Set<string>();
  for (const f of restriction.children) {
    const value = f.attrs['value'];
    if (value === undefined) continue;
    switch (f.name) {
      case 'xs:enumeration':
        enumeration.add(value);
        break;
      case 'xs:maxLength':
        facets.maxLength = Number(value);
        break;
      case 'xs:minLength':
        facets.minLength = Number(value);
        break;
      case 'xs:length':
        facets.length = Number(value);
        break;
      case 'xs:pattern':
        facets.pattern = new RegExp(`^(?:${value})$`, 'u');
        break;
      case 'xs:minInclusive':
        facets.minInclusive = Number(value);
        break;
      case 'xs:maxInclusive':
        facets.maxInclusive = Number(value);
        break;
      default:
        throw new Error(`XSD: unsupported facet ${f.name} in ${name}`);
    }
  }
  if (enumeration.size > 0) facets.enumeration = enumeration;
  return { kind: 'simple', name, base, facets };
}

class ComplexBuilder {
  readonly fields = new Map<string, Field>();
  readonly exclusive: string[][][] = [];
  text?: string;
  open = false;

  constructor(
    private readonly name: string,
    private readonly src: Sources,
  ) {}

  /** Adds the fields of one particle; returns the keys it contributes, as choice branches. */
  particle(node: XmlNode, repeated: boolean): string[][] {
    const rep = repeated || repeats(node);
    switch (node.name) {
      case 'xs:element':
        return this.element(node, rep);
      case 'xs:sequence': {
        const keys = node.children.flatMap((c) => this.particle(c, rep).flat());
        return [keys];
      }
      case 'xs:choice': {
        const branches = node.children.flatMap((c) => this.particle(c, rep));
        if (!rep && !NON_EXCLUSIVE_CHOICES.has(this.name)) this.exclusive.push(branches);
        return [branches.flat()];
      }
      case 'xs:group': {
        const group = this.src.groups.get(local(node.attrs['ref'] ?? ''));
        if (!group) throw new Error(`XSD: unknown group in ${this.name}`);
        return [group.children.flatMap((c) => this.particle(c, rep).flat())];
      }
      case 'xs:any':
        this.open = true;
        return [];
      case 'xs:annotation':
        return [];
      default:
        throw new Error(`XSD: unsupported particle ${node.name} in ${this.name}`);
    }
  }

  private element(node: XmlNode, repeated: boolean): string[][] {
    const ref = node.attrs['ref'];
    if (ref) {
      const target = local(ref);
      const el = this.src.elements.get(target);
      if (!el) throw new Error(`XSD: unknown element ref ${ref} in ${this.name}`);
      const names = el.abstract ? substitutes(this.src, target) : [target];
      for (const n of names) {
        const member = this.src.elements.get(n) as TopElement;
        this.add(n, { type: typeRef(member.type), repeated, attribute: false });
      }
      // One substitute per occurrence: each member is its own branch unless repeated.
      return repeated ? [names] : names.map((n) => [n]);
    }
    const name = node.attrs['name'];
    if (!name) throw new Error(`XSD: element without name in ${this.name}`);
    const rule = fieldRule(this.name, name, documentation(node));
    this.add(name, {
      type: typeRef(node.attrs['type'] ?? 'xs:anyType'),
      repeated,
      attribute: false,
      ...(rule ? { rule } : {}),
    });
    return [[name]];
  }

  attribute(node: XmlNode): void {
    const name = node.attrs['name'];
    if (!name) throw new Error(`XSD: attribute without name in ${this.name}`);
    this.add(name, {
      type: typeRef(node.attrs['type'] ?? 'xs:string'),
      repeated: false,
      attribute: true,
    });
  }

  private add(key: string, field: Field): void {
    // A derived type may redeclare an inherited element; the last declaration wins.
    this.fields.set(key, field);
  }

  build(): ComplexType {
    return {
      kind: 'complex',
      name: this.name,
      fields: this.fields,
      exclusive: this.exclusive,
      ...(this.text !== undefined ? { text: this.text } : {}),
      open: this.open,
    };
  }
}

function compileComplex(name: string, src: Sources, done: Map<string, ComplexType>): ComplexType {
  const cached = done.get(name);
  if (cached) return cached;
  const node = src.complex.get(name);
  if (!node) throw new Error(`XSD: unknown complex type ${name}`);
  const b = new ComplexBuilder(name, src);
  const body = (content: readonly XmlNode[]): void => {
    for (const c of content) {
      if (c.name === 'xs:attribute') b.attribute(c);
      else b.particle(c, false);
    }
  };
  for (const c of node.children) {
    if (c.name === 'xs:annotation') continue;
    if (c.name === 'xs:complexContent' || c.name === 'xs:simpleContent') {
      const ext = c.children.find((x) => x.name === 'xs:extension');
      const baseName = ext?.attrs['base'];
      if (!ext || !baseName) throw new Error(`XSD: ${name}: only extension is supported`);
      if (c.name === 'xs:simpleContent') {
        b.text = typeRef(baseName);
      } else {
        const base = compileComplex(local(baseName), src, done);
        for (const [k, f] of base.fields) b.fields.set(k, f);
        b.exclusive.push(...base.exclusive.map((e) => e.map((keys) => [...keys])));
        b.open ||= base.open;
        if (base.text !== undefined) b.text = base.text;
      }
      body(ext.children);
    } else {
      body([c]);
    }
  }
  const built = b.build();
  done.set(name, built);
  return built;
}

/** Compiles parsed XSD documents (all in one target namespace) into a schema model. */
export function compileSchema(docs: readonly XmlNode[]): Schema {
  const src = collect(docs);
  const complex = new Map<string, ComplexType>();
  for (const name of src.complex.keys()) compileComplex(name, src, complex);
  const simple = new Map<string, SimpleType>();
  for (const [name, node] of src.simple) simple.set(name, compileSimple(name, node, src));
  const entities = new Map<string, string>();
  for (const n of substitutes(src, 'IntuitObject')) {
    entities.set(n, typeRef((src.elements.get(n) as TopElement).type));
  }
  // Fail at load, not mid-check, if a field names a type that does not exist.
  for (const t of complex.values()) {
    for (const [key, f] of [...t.fields, ...(t.text ? [['value', { type: t.text }]] : [])] as [
      string,
      Pick<Field, 'type'>,
    ][]) {
      const known = isXs(f.type)
        ? BUILTINS.has(local(f.type))
        : complex.has(f.type) || simple.has(f.type);
      if (!known) throw new Error(`XSD: ${t.name}.${key} has unknown type ${f.type}`);
    }
  }
  return { complex, simple, entities };
}
