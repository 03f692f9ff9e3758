// Parser for QBO's query language: SELECT * | COUNT(*) FROM Entity [WHERE c AND c ...]
// [ORDERBY f [ASC|DESC], ...] [STARTPOSITION n] [MAXRESULTS n]. No OR, no projections.
import { faults } from '../faults.js';

export type Literal = string | number | boolean;
export type Operator = '=' | '<' | '>' | '<=' | '>=' | 'LIKE' | 'IN';

export interface Condition {
  field: string;
  op: Operator;
  values: Literal[];
}

export interface Query {
  count: boolean;
  entity: string;
  where: Condition[];
  orderBy: Array<{ field: string; desc: boolean }>;
  startPosition?: number;
  maxResults?: number;
}

type TokenKind = 'word' | 'string' | 'number' | 'symbol' | 'eof';
interface Token {
  kind: TokenKind;
  text: string;
  column: number;
}

function lex(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const column = i + 1;
    if (c === "'") {
      let text = '';
      i++;
      for (;;) {
        const ch = source[i];
        if (ch === undefined)
          throw faults.queryParser(
            `Lexical error at line 1, column ${i + 1}. Unterminated string literal.`,
          );
        if (ch === '\\' && i + 1 < source.length) {
          text += source[i + 1];
          i += 2;
          continue;
        }
        if (ch === "'") {
          i++;
          break;
        }
        text += ch;
        i++;
      }
      tokens.push({ kind: 'string', text, column });
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(source.slice(i));
    if (num && (c !== '-' || /\d/.test(source[i + 1] ?? ''))) {
      tokens.push({ kind: 'number', text: num[0], column });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(source.slice(i));
    if (word) {
      tokens.push({ kind: 'word', text: word[0], column });
      i += word[0].length;
      continue;
    }
    const sym = /^(<=|>=|!=|<>|[=<>*(),])/.exec(source.slice(i));
    if (sym) {
      tokens.push({ kind: 'symbol', text: sym[0] === '<>' ? '!=' : sym[0], column });
      i += sym[0].length;
      continue;
    }
    throw faults.queryParser(`Lexical error at line 1, column ${column}. Encountered: "${c}"`);
  }
  tokens.push({ kind: 'eof', text: '<EOF>', column: source.length + 1 });
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos] ?? { kind: 'eof', text: '<EOF>', column: 0 };
  }

  private fail(expected: string): never {
    const t = this.peek();
    throw faults.queryParser(
      `Encountered " ${t.text} " at line 1, column ${t.column}. Was expecting: ${expected}`,
    );
  }

  private isKeyword(word: string): boolean {
    const t = this.peek();
    return t.kind === 'word' && t.text.toUpperCase() === word;
  }

  private keyword(word: string): void {
    if (!this.isKeyword(word)) this.fail(word);
    this.pos++;
  }

  private symbol(s: string): void {
    const t = this.peek();
    if (t.kind !== 'symbol' || t.text !== s) this.fail(`"${s}"`);
    this.pos++;
  }

  private word(expected: string): string {
    const t = this.peek();
    if (t.kind !== 'word') this.fail(expected);
    this.pos++;
    return t.text;
  }

  private int(expected: string): number {
    const t = this.peek();
    if (t.kind !== 'number' || !/^\d+$/.test(t.text)) this.fail(expected);
    this.pos++;
    return Number(t.text);
  }

  private literal(): Literal {
    const t = this.peek();
    if (t.kind === 'string') {
      this.pos++;
      return t.text;
    }
    if (t.kind === 'number') {
      this.pos++;
      return Number(t.text);
    }
    if (t.kind === 'word' && /^(true|false)$/i.test(t.text)) {
      this.pos++;
      return t.text.toLowerCase() === 'true';
    }
    return this.fail('a literal value');
  }

  parse(): Query {
    this.keyword('SELECT');
    let count = false;
    if (this.isKeyword('COUNT')) {
      this.pos++;
      this.symbol('(');
      this.symbol('*');
      this.symbol(')');
      count = true;
    } else {
      const t = this.peek();
      // QBO's documented subset has no projections: only `*`.
      if (t.kind !== 'symbol' || t.text !== '*') this.fail('"*" or "count(*)"');
      this.pos++;
    }
    this.keyword('FROM');
    const entity = this.word('an entity name');
    const query: Query = { count, entity, where: [], orderBy: [] };
    if (this.isKeyword('WHERE')) {
      this.pos++;
      query.where.push(this.condition());
      while (this.isKeyword('AND')) {
        this.pos++;
        query.where.push(this.condition());
      }
      if (this.isKeyword('OR')) this.fail('"AND" (OR is not supported)');
    }
    if (this.isKeyword('ORDERBY')) {
      this.pos++;
      for (;;) {
        const field = this.word('a field name');
        let desc = false;
        if (this.isKeyword('ASC')) this.pos++;
        else if (this.isKeyword('DESC')) {
          this.pos++;
          desc = true;
        }
        query.orderBy.push({ field, desc });
        const t = this.peek();
        if (t.kind === 'symbol' && t.text === ',') {
          this.pos++;
          continue;
        }
        break;
      }
    }
    for (let n = 0; n < 2; n++) {
      if (this.isKeyword('STARTPOSITION') && query.startPosition === undefined) {
        this.pos++;
        query.startPosition = this.int('a number');
      } else if (this.isKeyword('MAXRESULTS') && query.maxResults === undefined) {
        this.pos++;
        query.maxResults = this.int('a number');
      }
    }
    if (this.peek().kind !== 'eof') this.fail('<EOF>');
    return query;
  }

  private condition(): Condition {
    const field = this.word('a field name');
    const t = this.peek();
    if (t.kind === 'symbol' && ['=', '<', '>', '<=', '>='].includes(t.text)) {
      this.pos++;
      return { field, op: t.text as Operator, values: [this.literal()] };
    }
    if (this.isKeyword('LIKE')) {
      this.pos++;
      const v = this.literal();
      if (typeof v !== 'string') this.fail('a string pattern');
      return { field, op: 'LIKE', values: [v] };
    }
    if (this.isKeyword('IN')) {
      this.pos++;
      this.symbol('(');
      const values = [this.literal()];
      for (;;) {
        const n = this.peek();
        if (n.kind === 'symbol' && n.text === ',') {
          this.pos++;
          values.push(this.literal());
          continue;
        }
        break;
      }
      this.symbol(')');
      return { field, op: 'IN', values };
    }
    return this.fail('one of "=", "<", ">", "<=", ">=", "LIKE", "IN"');
  }
}

export function parseQuery(source: string): Query {
  return new Parser(lex(source.trim())).parse();
}
