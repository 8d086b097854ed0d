#!/usr/bin/env python3
"""Makes PurgeDesk's pseudo-locale from the window's source texts, for the widget test that looks for
clipped text (tests/ui/tst_pseudolocale.cpp; tests/ui/CMakeLists.txt runs this at build time).

Usage: pseudo-locale.py SOURCE.ts PSEUDO.ts CONTEXTS

SOURCE.ts is what lupdate extracts from the window's sources (every text, untranslated). Each text
becomes about 40% longer: its letters accented (a becomes á, T becomes Ŧ: taller glyphs too), a
filler of accented words before its end, and, unless it is rich text, brackets around it, so that a
cut-off end shows as a missing ]. Placeholders (%1, %n, %L1), mnemonics (the letter after &, and
&&), HTML tags and entities, and file-dialog patterns ("(*.json)") stay as they are. PSEUDO.ts gets
the result (language en, for the plural forms); CONTEXTS the catalogue's contexts, one a line (see
app/core/translations.cpp).
"""
import math
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans(
    "aAcCeEiIlLnNoOsStTuUyYzZ",
    "áÅçÇéÉîÎłŁñÑöØšŠţŦûÛýÝžŽ",
)
FILLER = "ẋŵẏẑķĥ"

# Tags, entities, placeholders, mnemonics, file-dialog patterns: kept as they are.
KEEP = re.compile(
    r"<[^>]*>"  # an HTML tag
    r"|&[a-zA-Z]+;|&#\d+;"  # an entity
    r"|%L?\d+|%n"  # a placeholder
    r"|&&|&\S"  # a literal & or a mnemonic with its letter
    r"|\([^()]*\*[^()]*\)"  # a file-dialog pattern: (*.json *.txt)
    r"|;;"  # between file-dialog filters
)


def is_rich(text):
    return re.search(r"<[a-zA-Z/][^>]*>", text) is not None


def visible_length(text):
    return len(KEEP.sub("x", text))


def accent(text):
    parts = []
    position = 0
    for match in KEEP.finditer(text):
        parts.append(text[position : match.start()].translate(ACCENTS))
        parts.append(match.group(0))
        position = match.end()
    parts.append(text[position:].translate(ACCENTS))
    return "".join(parts)


def filler(count):
    """`count` characters of accented words, breakable where a wrapping label breaks lines."""
    words = []
    while count > 0:
        size = min(count, 6)
        word = (FILLER * 2)[:size]
        words.append(word)
        count -= size + 1
    return " ".join(words)


def pseudo(text):
    if not text.strip():
        return text
    if ";;" in text or "(*" in text:  # a file-dialog filter: names accented, nothing added
        return accent(text)
    length = visible_length(text)
    rich = is_rich(text)
    brackets = 0 if rich else 2
    extra = max(0, math.ceil(length * 0.4) - brackets)
    # Keep surrounding white space (a spin box suffix " days") and trailing tags outside.
    match = re.match(r"^(\s*)(.*?)((?:\s|<[^>]*>)*)$", text, re.S)
    lead, body, tail = match.group(1), match.group(2), match.group(3)
    body = accent(body)
    if extra:
        body += " " + filler(extra - 1) if extra > 1 else "ẋ"
    if not rich:
        body = "[" + body + "]"
    return lead + body + tail


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    tree = ET.parse(argv[1])
    root = tree.getroot()
    root.set("language", "en")
    contexts = []
    for context in root.iter("context"):
        contexts.append(context.findtext("name"))
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                translation.text = None
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = pseudo(source)
            else:
                translation.text = pseudo(source)
    tree.write(argv[2], encoding="utf-8", xml_declaration=True)
    with open(argv[3], "w", encoding="utf-8") as out:
        out.write("".join(name + "\n" for name in contexts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
