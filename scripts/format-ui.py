#!/usr/bin/env python3
"""Writes Qt Designer forms (.ui) the way Qt Designer saves them: one element a line, one space of indent per level,
text-only elements on the line of their tag. With --check, lists the forms that differ and exits 1."""
import sys
import xml.dom.minidom
from xml.sax.saxutils import escape, quoteattr


def text_of(node):
    return escape(node.data, {'"': "&quot;"})


def write(node, depth, out):
    indent = " " * depth
    attrs = "".join(f" {name}={quoteattr(value)}" for name, value in node.attributes.items())
    children = [c for c in node.childNodes if c.nodeType == c.ELEMENT_NODE]
    texts = [c for c in node.childNodes if c.nodeType in (c.TEXT_NODE, c.CDATA_SECTION_NODE)]
    text = "".join(c.data for c in texts)
    if not children:
        if text == "":
            out.append(f"{indent}<{node.tagName}{attrs}/>")
        else:
            out.append(f"{indent}<{node.tagName}{attrs}>{escape(text, {chr(34): '&quot;'})}</{node.tagName}>")
        return
    if text.strip():
        raise ValueError(f"mixed content in <{node.tagName}>")
    out.append(f"{indent}<{node.tagName}{attrs}>")
    for child in children:
        write(child, depth + 1, out)
    out.append(f"{indent}</{node.tagName}>")


def formatted(path):
    document = xml.dom.minidom.parse(path)
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    write(document.documentElement, 0, out)
    return "\n".join(out) + "\n"


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    differing = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            current = f.read()
        wanted = formatted(path)
        if current != wanted:
            differing.append(path)
            if not check:
                with open(path + ".tmp", "w", encoding="utf-8") as f:
                    f.write(wanted)
                import os

                os.replace(path + ".tmp", path)
    if check and differing:
        print("Forms not saved as Qt Designer writes them (run scripts/format-ui.py on them):", file=sys.stderr)
        for path in differing:
            print(f"  {path}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
