import { describe, expect, it } from "vitest";
import { readXml, XmlError, type XmlElement } from "../../../translation-exchange/xml-reader";

const firstElement = (node: XmlElement) =>
  node.children.find((child) => child.kind === "element") as XmlElement;

describe("readXml", () => {
  it("resolves default and prefixed namespaces, attributes, entities, character references and CDATA", () => {
    const root = readXml(`<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment before the root -->
<a xmlns="urn:one" xmlns:m="urn:two" id='x &amp; y'>
  <m:b type="t">1 &lt; 2 &amp;&amp; 3 &gt; 2 &#233;&#x1F600; <![CDATA[<raw> & {icu}]]><!-- dropped --></m:b>
</a>`);
    expect(root).toMatchObject({ ns: "urn:one", name: "a", attributes: { id: "x & y" } });
    const b = firstElement(root);
    expect(b).toMatchObject({ ns: "urn:two", name: "b", attributes: { type: "t" } });
    expect(b.children).toEqual([{ kind: "text", text: "1 < 2 && 3 > 2 é😀 <raw> & {icu}" }]);
  });

  it("keeps white space and line breaks inside text, with Windows line ends read as one", () => {
    const root = readXml("<a>  one\r\n  two </a>");
    expect(root.children).toEqual([{ kind: "text", text: "  one\n  two " }]);
  });

  it.each([
    ["<a><b></a>", "</a> closes <b> (line 1, column 7)"],
    ["<a>\n  <b>x</c></a>", "</c> closes <b> (line 2, column 7)"],
    ["<a>x &nbsp; y</a>", "unknown entity &nbsp;"],
    ["<a>fish & chips</a>", 'a "&" must start an entity'],
    ["<x:a/>", 'the prefix "x" of x:a is not declared'],
    ['<a b="1" b="2"/>', "b appears twice"],
    ["<a b=1/>", "the value of b must be in quotes"],
    ['<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>', "a DOCTYPE is not accepted"],
    ["<a></a><b/>", "unexpected content after the root element"],
    ["<a>", "<a> is not closed"],
    ["just text", "expected an XML element"],
  ])("refuses %j: %s", (text, message) => {
    expect(() => readXml(text)).toThrow(XmlError);
    expect(() => readXml(text)).toThrow(message);
  });
});
