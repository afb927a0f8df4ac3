import { readXml, XmlError, type XmlElement, type XmlNode } from "./xml-reader";
import { METADATA_NAMESPACE, ORIGIN_GROUP, XLIFF_NAMESPACE } from "./write-xliff";

/** A unit as a translation file gives it back. */
export type ReadUnit = { id: string; source: string; target: string | undefined };

/** A note on the whole file, such as the translator's instructions or a "draft" warning. */
export type FileNote = { category: string | undefined; text: string };

/** What a translation file says: its languages, what it was made for, its file notes and its units in order. */
export type ReadExchange = {
  language: string;
  origin: { survey?: string; version?: number; definitionId?: string; sourceHash?: string };
  notes: FileNote[];
  units: ReadUnit[];
};

/** A file that is not an XLIFF 2 document this project can read; the message says why. */
export class ExchangeFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExchangeFormatError";
  }
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;

const elements = (node: XmlElement, ns: string, name: string): XmlElement[] =>
  node.children.filter(
    (child): child is XmlElement => child.kind === "element" && child.ns === ns && child.name === name,
  );
const xliff = (node: XmlElement, name: string) => elements(node, XLIFF_NAMESPACE, name);

/** The plain text of a source or target; inline codes (<ph>, <pc>, …) are refused, since no text has them. */
function plainText(node: XmlElement, unitId: string): string {
  return node.children
    .map((child: XmlNode) => {
      if (child.kind === "text") return child.text;
      throw new ExchangeFormatError(
        `Unit ${unitId}: <${child.name}> inside <${node.name}> is inline markup, which these texts never have. Write the text plainly (ICU braces are plain text).`,
      );
    })
    .join("");
}

/** A unit's texts: its segments' (and ignorables') sources and targets in order, as XLIFF 2.0 joins them. */
function readUnit(unit: XmlElement): ReadUnit {
  const id = unit.attributes.id;
  if (!id) throw new ExchangeFormatError("A <unit> has no id.");
  const parts = unit.children.filter(
    (child): child is XmlElement =>
      child.kind === "element" &&
      child.ns === XLIFF_NAMESPACE &&
      ["segment", "ignorable"].includes(child.name),
  );
  if (parts.length === 0) throw new ExchangeFormatError(`Unit ${id} has no <segment>.`);
  let source = "";
  let target = "";
  let translated = true;
  for (const part of parts) {
    const [sourceNode] = xliff(part, "source");
    if (!sourceNode) throw new ExchangeFormatError(`Unit ${id}: a <${part.name}> has no <source>.`);
    source += plainText(sourceNode, id);
    const [targetNode] = xliff(part, "target");
    if (targetNode) target += plainText(targetNode, id);
    else if (part.name === "segment") translated = false;
    else target += plainText(sourceNode, id);
  }
  return { id, source, target: translated && target.trim() !== "" ? target : undefined };
}

/** Units of a file or group, groups included, in document order. */
const unitsOf = (node: XmlElement): XmlElement[] =>
  node.children.flatMap((child) => {
    if (child.kind !== "element" || child.ns !== XLIFF_NAMESPACE) return [];
    if (child.name === "unit") return [child];
    return child.name === "group" ? unitsOf(child) : [];
  });

function readOrigin(files: XmlElement[]): ReadExchange["origin"] {
  const metas = files
    .flatMap((file) => elements(file, METADATA_NAMESPACE, "metadata"))
    .flatMap((metadata) => elements(metadata, METADATA_NAMESPACE, "metaGroup"))
    .filter((group) => group.attributes.category === ORIGIN_GROUP)
    .flatMap((group) => elements(group, METADATA_NAMESPACE, "meta"));
  const value = (type: string) => {
    const meta = metas.find((candidate) => candidate.attributes.type === type);
    return meta ? plainText(meta, type).trim() : undefined;
  };
  const version = value("definition-version");
  return {
    survey: value("survey"),
    version: version !== undefined && /^\d+$/.test(version) ? Number(version) : undefined,
    definitionId: value("definition-id"),
    sourceHash: value("source-hash"),
  };
}

const fileNotes = (files: XmlElement[]): FileNote[] =>
  files
    .flatMap((file) => xliff(file, "notes"))
    .flatMap((notes) => xliff(notes, "note"))
    .map((note) => ({ category: note.attributes.category, text: plainText(note, "note") }));

function checkRoot(root: XmlElement): string {
  if (root.name !== "xliff" || root.ns !== XLIFF_NAMESPACE)
    throw new ExchangeFormatError(
      `This is not an XLIFF 2.0 file: its root element is <${root.name}>${root.ns ? ` in ${root.ns}` : ""}, not <xliff> in ${XLIFF_NAMESPACE}.`,
    );
  const { version, srcLang, trgLang } = root.attributes;
  if (!version || !/^2\.\d$/.test(version))
    throw new ExchangeFormatError(`This is not an XLIFF 2.0 file: version="${version ?? ""}".`);
  if (srcLang !== "en")
    throw new ExchangeFormatError(
      `The source language is "${srcLang ?? ""}"; these files translate English (en).`,
    );
  if (!trgLang || !LANGUAGE_TAG.test(trgLang) || trgLang === "en")
    throw new ExchangeFormatError(
      `The target language trgLang="${trgLang ?? ""}" is not a language to translate into: use a tag such as es or pt-BR.`,
    );
  return trgLang;
}

/**
 * Reads an XLIFF 2.0 translation file: the target language, the origin this project wrote into its metadata,
 * the notes on the file, and every unit's source and target (absent when a segment has none or it is empty).
 *
 * @throws ExchangeFormatError for malformed XML, another format or version, a duplicated or missing unit id,
 *   or inline markup in a text
 */
export function readXliff(text: string): ReadExchange {
  let root: XmlElement;
  try {
    root = readXml(text);
  } catch (error) {
    if (error instanceof XmlError)
      throw new ExchangeFormatError(`This is not well-formed XML: ${error.message}.`);
    throw error;
  }
  const language = checkRoot(root);
  const files = xliff(root, "file");
  if (files.length === 0) throw new ExchangeFormatError("The XLIFF file has no <file> element.");
  const units = files.flatMap(unitsOf).map(readUnit);
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.id)) throw new ExchangeFormatError(`Unit ${unit.id} appears twice.`);
    seen.add(unit.id);
  }
  return { language, origin: readOrigin(files), notes: fileNotes(files), units };
}
