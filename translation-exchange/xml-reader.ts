/**
 * A small, strict XML reader for the XLIFF files this project writes and translation tools send back: elements,
 * attributes, text, the five predefined entities and character references, CDATA, comments and processing
 * instructions, with namespaces resolved. No DTD (a DOCTYPE is refused, so no entity can expand), no external
 * anything. No XML parser was among the project's dependencies, and this subset is all XLIFF 2.0 needs.
 */
export type XmlElement = {
  kind: "element";
  /** The namespace URI ("" for none) and the local name. */
  ns: string;
  name: string;
  /** Unprefixed attributes by name; prefixed ones as "{namespace}name". */
  attributes: Record<string, string>;
  children: XmlNode[];
};
export type XmlNode = XmlElement | { kind: "text"; text: string };

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?/;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

type Scope = ReadonlyMap<string, string>;
type RawElement = { qname: string; rawAttributes: [string, string][]; selfClosing: boolean };

class Cursor {
  index = 0;
  constructor(readonly text: string) {}

  fail(message: string, at = this.index): never {
    const before = this.text.slice(0, at).split("\n");
    throw new XmlError(`${message} (line ${before.length}, column ${before.at(-1)!.length + 1})`);
  }
  startsWith(token: string) {
    return this.text.startsWith(token, this.index);
  }
  expect(token: string) {
    if (!this.startsWith(token)) this.fail(`expected "${token}"`);
    this.index += token.length;
  }
  skipSpace() {
    while (/\s/.test(this.text[this.index] ?? "")) this.index++;
  }
  until(token: string, what: string): string {
    const end = this.text.indexOf(token, this.index);
    if (end < 0) this.fail(`${what} is not closed`);
    const content = this.text.slice(this.index, end);
    this.index = end + token.length;
    return content;
  }
  name(): string {
    const match = NAME.exec(this.text.slice(this.index, this.index + 200));
    if (!match) this.fail("expected a name");
    this.index += match[0].length;
    return match[0];
  }
}

function decodeEntities(cursor: Cursor, raw: string, at: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, entity: string) => {
    if (!whole.endsWith(";")) cursor.fail('a "&" must start an entity such as &amp;', at);
    const code = /^#x[0-9a-fA-F]+$/.test(entity)
      ? parseInt(entity.slice(2), 16)
      : /^#\d+$/.test(entity)
        ? parseInt(entity.slice(1), 10)
        : undefined;
    if (code !== undefined && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    const named = ENTITIES[entity];
    if (named === undefined) cursor.fail(`unknown entity &${entity};`, at);
    return named;
  });
}

/** Comments, processing instructions and white space between elements; false when none was there. */
function skipMisc(cursor: Cursor): boolean {
  const start = cursor.index;
  cursor.skipSpace();
  if (cursor.startsWith("<!--")) cursor.until("-->", "a comment");
  else if (cursor.startsWith("<?")) cursor.until("?>", "a processing instruction");
  return cursor.index !== start;
}

function readStartTag(cursor: Cursor): RawElement {
  cursor.expect("<");
  const qname = cursor.name();
  const rawAttributes: [string, string][] = [];
  for (;;) {
    const hadSpace = /\s/.test(cursor.text[cursor.index] ?? "");
    cursor.skipSpace();
    if (cursor.startsWith("/>") || cursor.startsWith(">")) break;
    if (!hadSpace) cursor.fail(`expected white space, ">" or "/>" in <${qname}>`);
    const attribute = cursor.name();
    cursor.skipSpace();
    cursor.expect("=");
    cursor.skipSpace();
    const quote = cursor.text[cursor.index];
    if (quote !== '"' && quote !== "'") cursor.fail(`the value of ${attribute} must be in quotes`);
    cursor.index++;
    const at = cursor.index;
    const raw = cursor.until(quote, `the value of ${attribute}`);
    if (raw.includes("<")) cursor.fail(`"<" in the value of ${attribute}`, at);
    if (rawAttributes.some(([name]) => name === attribute)) cursor.fail(`${attribute} appears twice`, at);
    rawAttributes.push([attribute, decodeEntities(cursor, raw, at)]);
  }
  const selfClosing = cursor.startsWith("/>");
  cursor.index += selfClosing ? 2 : 1;
  return { qname, rawAttributes, selfClosing };
}

function resolve(cursor: Cursor, qname: string, scope: Scope, isAttribute: boolean): [string, string] {
  const colon = qname.indexOf(":");
  if (colon < 0) return [isAttribute ? "" : (scope.get("") ?? ""), qname];
  const prefix = qname.slice(0, colon);
  const ns = prefix === "xml" ? XML_NAMESPACE : scope.get(prefix);
  if (ns === undefined) cursor.fail(`the prefix "${prefix}" of ${qname} is not declared`);
  return [ns, qname.slice(colon + 1)];
}

function element(cursor: Cursor, parentScope: Scope): XmlElement {
  const { qname, rawAttributes, selfClosing } = readStartTag(cursor);
  const scope = new Map(parentScope);
  for (const [name, value] of rawAttributes) {
    if (name === "xmlns") scope.set("", value);
    else if (name.startsWith("xmlns:")) scope.set(name.slice(6), value);
  }
  const [ns, name] = resolve(cursor, qname, scope, false);
  const attributes: Record<string, string> = {};
  for (const [attribute, value] of rawAttributes) {
    if (attribute === "xmlns" || attribute.startsWith("xmlns:")) continue;
    const [attributeNs, local] = resolve(cursor, attribute, scope, true);
    attributes[attributeNs ? `{${attributeNs}}${local}` : local] = value;
  }
  const children = selfClosing ? [] : content(cursor, qname, scope);
  return { kind: "element", ns, name, attributes, children };
}

function content(cursor: Cursor, qname: string, scope: Scope): XmlNode[] {
  const children: XmlNode[] = [];
  const addText = (text: string) => {
    const last = children.at(-1);
    if (last?.kind === "text") last.text += text;
    else if (text !== "") children.push({ kind: "text", text });
  };
  for (;;) {
    if (cursor.index >= cursor.text.length) cursor.fail(`<${qname}> is not closed`);
    if (cursor.startsWith("</")) {
      const at = cursor.index;
      cursor.index += 2;
      const closing = cursor.name();
      if (closing !== qname) cursor.fail(`</${closing}> closes <${qname}>`, at);
      cursor.skipSpace();
      cursor.expect(">");
      return children;
    }
    if (cursor.startsWith("<![CDATA[")) {
      cursor.index += 9;
      addText(cursor.until("]]>", "a CDATA section"));
    } else if (cursor.startsWith("<!--")) cursor.until("-->", "a comment");
    else if (cursor.startsWith("<?")) cursor.until("?>", "a processing instruction");
    else if (cursor.startsWith("<")) children.push(element(cursor, scope));
    else {
      const at = cursor.index;
      const end = cursor.text.indexOf("<", at);
      cursor.index = end < 0 ? cursor.text.length : end;
      addText(decodeEntities(cursor, cursor.text.slice(at, cursor.index), at));
    }
  }
}

/**
 * The root element of an XML document.
 *
 * @throws XmlError naming the first problem and its line and column (malformed markup, an undeclared prefix, an
 *   unknown entity, a DOCTYPE, text or a second element after the root)
 * @example
 * readXml('<a xmlns="urn:x"><b>1 &lt; 2</b></a>').children[0]; // { kind: "element", ns: "urn:x", name: "b", … }
 */
export function readXml(text: string): XmlElement {
  const cursor = new Cursor(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  while (skipMisc(cursor));
  if (cursor.startsWith("<!DOCTYPE")) cursor.fail("a DOCTYPE is not accepted (an XLIFF file needs none)");
  if (!cursor.startsWith("<")) cursor.fail("expected an XML element");
  const root = element(cursor, new Map());
  while (skipMisc(cursor));
  if (cursor.index < cursor.text.length) cursor.fail("unexpected content after the root element");
  return root;
}
