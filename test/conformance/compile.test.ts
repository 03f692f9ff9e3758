import { describe, expect, it } from 'vitest';
import { Checker } from '../../emulators/conformance/check.js';
import { compileSchema } from '../../emulators/conformance/compile.js';
import { loadSchema } from '../../emulators/conformance/schema.js';
import { parseXml } from '../../emulators/conformance/xml.js';

// Intuit's XSDs declare no length or pattern facets; this small schema proves the
// compiler and checker honour them (and the other constructs) should a future copy add some.
const XSD = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <!-- a comment with <markup> inside -->
  <xs:simpleType name="Code">
    <xs:annotation><xs:documentation>Prose with a stray < and <b>tags</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string"><xs:maxLength value="5"/><xs:pattern value="[A-Z]+"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="ShortCode">
    <xs:restriction base="Code"><xs:minLength value="2"/></xs:restriction>
  </xs:simpleType>
  <xs:complexType name="Base" abstract="true">
    <xs:sequence><xs:element name="Id" type="xs:string" minOccurs="0"/></xs:sequence>
    <xs:attribute name="domain" type="xs:string"/>
  </xs:complexType>
  <xs:complexType name="Note">
    <xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="lang" type="Code"/></xs:extension></xs:simpleContent>
  </xs:complexType>
  <xs:group name="Extra"><xs:sequence><xs:element name="Tag" type="xs:string" maxOccurs="unbounded"/></xs:sequence></xs:group>
  <xs:complexType name="Thing">
    <xs:complexContent><xs:extension base="Base"><xs:sequence>
      <xs:element name="Code" type="ShortCode"/>
      <xs:element name="Note" type="Note"/>
      <xs:group ref="Extra"/>
      <xs:choice><xs:element name="A" type="xs:int"/><xs:element name="B" type="xs:int"/></xs:choice>
    </xs:sequence></xs:extension></xs:complexContent>
  </xs:complexType>
  <xs:element name="Root" type="Base" abstract="true"/>
  <xs:element name="Thing" type="Thing" substitutionGroup="Root"/>
  <xs:complexType name="Envelope"><xs:sequence><xs:element ref="Root" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
</xs:schema>`;

describe('XSD compiler', () => {
  const schema = compileSchema([
    parseXml(XSD.replace('<xs:schema', '<xs:schema targetNamespace="x"')),
  ]);
  const check = (v: unknown): string[] => {
    const c = new Checker(schema);
    c.value('Envelope', 'Envelope', v);
    return c.issues.map((i) => `${i.path}: ${i.message}`);
  };

  it('resolves substitution groups, extension, groups and simpleContent', () => {
    expect(schema.complex.get('Envelope')?.fields.get('Thing')).toMatchObject({
      type: 'Thing',
      repeated: true,
    });
    const good = {
      Thing: [
        { Id: '1', domain: 'x', Code: 'AB', Note: { value: 'hi', lang: 'EN' }, Tag: ['t'], A: 1 },
      ],
    };
    expect(check(good)).toEqual([]);
  });

  it('enforces maxLength, minLength and pattern, inherited through restriction', () => {
    const issues = check({
      Thing: [{ Code: 'ABCDEF' }, { Code: 'A' }, { Code: 'ab' }, { Note: { lang: 'TOOLONG' } }],
    });
    expect(issues).toEqual([
      'Envelope.Thing[0].Code: longer than 5 characters',
      'Envelope.Thing[1].Code: shorter than 2 characters',
      'Envelope.Thing[2].Code: does not match the pattern ^(?:[A-Z]+)$',
      'Envelope.Thing[3].Note.lang: longer than 5 characters',
    ]);
  });

  it('enforces single-branch choices', () => {
    expect(check({ Thing: [{ A: 1, B: 2 }] })).toEqual([
      'Envelope.Thing[0]: Thing allows only one of these alternatives, got A, B',
    ]);
  });
});

describe("Intuit's XSDs", () => {
  it('compile once and are cached', () => {
    expect(loadSchema()).toBe(loadSchema());
  });

  it('map ReferenceType and MemoRef to {value, ...attributes}', () => {
    const ref = loadSchema().complex.get('ReferenceType');
    expect(ref?.text).toBe('id');
    expect([...(ref?.fields.keys() ?? [])]).toEqual(['name', 'type']);
    expect(loadSchema().complex.get('MemoRef')?.text).toBe('xs:string');
  });
});
