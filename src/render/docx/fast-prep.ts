// docx turns its tree of components into plain objects (prepForXml) before writing XML. Two of its
// methods do that in ways that cost a command more than the document is worth: every attribute
// list is rebuilt by spreading the list so far once per attribute, and every element's children go
// through flatMap and filter with a closure per call. Run cold, as a command runs them once, they
// were a third of the DOCX render. The replacements below return the same objects, key for key and
// in the same order; a test compares the DOCX bytes with and without them (KEHOACH_DOCX_SHORTCUTS=0)
// on every example plan and the edge documents.

import { EMPTY_OBJECT, isXmlComponent, NextAttributeComponent, XmlComponent } from "docx";
import { prototypeOf, replaceMethod } from "../patch.js";

interface Attribute {
  key: string;
  value: unknown;
}

interface Component {
  rootKey: string;
  root: unknown[];
  writtenAs?: Component[];
  prepForXml(context: PrepContext): unknown;
}

interface PrepContext {
  stack: unknown[];
}

type Prep = (this: Component, context: PrepContext) => unknown;

/** Installs both replacements; true when they are in place. */
export function fastPrepForXml(): boolean {
  return [
    replaceMethod(prototypeOf(NextAttributeComponent), "prepForXml", () => attributes),
    replaceMethod<Prep>(prototypeOf(XmlComponent), "prepForXml", () => element),
  ].every(Boolean);
}

function attributes(this: { root: Record<string, Attribute> }): unknown {
  const attr: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) {
    if (value === undefined) continue;
    // as the spread of a computed key does, "__proto__" is a key like any other
    if (key === "__proto__")
      Object.defineProperty(attr, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    else attr[key] = value;
  }
  return { _attr: attr };
}

function element(this: Component, context: PrepContext): unknown {
  context.stack.push(this);
  const children: unknown[] = [];
  for (const comp of this.root) {
    if (isXmlComponent(comp)) {
      const c = comp as unknown as Component;
      const parts = c.writtenAs;
      if (parts)
        add(
          children,
          parts.map((part) => part.prepForXml(context)),
        );
      else add(children, c.prepForXml(context));
    } else add(children, comp);
  }
  context.stack.pop();
  const first = children[0] as { _attr?: unknown } | undefined;
  return {
    [this.rootKey]: children.length
      ? children.length === 1 && first?._attr
        ? first
        : children
      : EMPTY_OBJECT,
  };
}

/** flatMap flattens what each child gives by one level, and the undefined are dropped after it. */
function add(children: unknown[], x: unknown): void {
  if (Array.isArray(x)) {
    for (const y of x) if (y !== undefined) children.push(y);
  } else if (x !== undefined) children.push(x);
}
