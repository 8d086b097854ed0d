#!/usr/bin/env python3
"""Fills the English plural forms in resources/translations/purgedesk_en.ts.

The source texts mark plurals the Qt way ("%n URL(s)"); English needs a singular and a plural form
for each. After `cmake --build build/dev --target update_translations` adds new texts, run this to
write the forms of every unfinished one: "(s)" becomes "" and "s", "y(s)" becomes "y" and "ies",
and the texts in SPECIAL get their own wording. A text it cannot handle is reported and left
unfinished (exit code 1), so nothing is guessed silently.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "purgedesk_en.ts"

# Texts whose singular reads better than a mechanical one.
SPECIAL = {
    "Cloudflare answered \u201crate limited\u201d %n time(s); each of those requests was sent again.": (
        "Cloudflare answered \u201crate limited\u201d once; that request was sent again.",
        "Cloudflare answered \u201crate limited\u201d %n times; each of those requests was sent again.",
    ),
    "%Ln zone(s) match \u201c%1\u201d: choose one": (
        "%Ln zone matches \u201c%1\u201d: choose it",
        "%Ln zones match \u201c%1\u201d: choose one",
    ),
    "%Ln purge(s) match": ("%Ln purge matches", "%Ln purges match"),
    "Convert %Ln URL(s) to Hostnames": ("Convert %Ln URL to a Hostname", "Convert %Ln URLs to Hostnames"),
    "Convert %Ln URL(s) to Prefixes": ("Convert %Ln URL to a Prefix", "Convert %Ln URLs to Prefixes"),
    "Converted %Ln URL(s) to hostnames. Undo (Ctrl+Z) brings the URLs back.": (
        "Converted %Ln URL to a hostname. Undo (Ctrl+Z) brings the URL back.",
        "Converted %Ln URLs to hostnames. Undo (Ctrl+Z) brings the URLs back.",
    ),
    "Converted %Ln URL(s) to prefixes. Undo (Ctrl+Z) brings the URLs back.": (
        "Converted %Ln URL to a prefix. Undo (Ctrl+Z) brings the URL back.",
        "Converted %Ln URLs to prefixes. Undo (Ctrl+Z) brings the URLs back.",
    ),
    "%Ln line(s) of the list are in zones of the account \u201c%1\u201d (%2), not of %3.": (
        "%Ln line of the list is in zones of the account \u201c%1\u201d (%2), not of %3.",
        "%Ln lines of the list are in zones of the account \u201c%1\u201d (%2), not of %3.",
    ),
    "Purge Again (%Ln Still Cached)": ("Purge Again (%Ln Still Cached)", "Purge Again (%Ln Still Cached)"),
    "%Ln purge(s) older than the retention setting were removed.": (
        "%Ln purge older than the retention setting was removed.",
        "%Ln purges older than the retention setting were removed.",
    ),
    "%Ln preset(s) now use the renamed account %1.": (
        "%Ln preset now uses the renamed account %1.",
        "%Ln presets now use the renamed account %1.",
    ),
    "%Ln preset(s) in the file were rejected.": (
        "%Ln preset in the file was rejected.",
        "%Ln presets in the file were rejected.",
    ),
    "%Ln preset(s) in %1 were not imported:": (
        "%Ln preset in %1 was not imported:",
        "%Ln presets in %1 were not imported:",
    ),
    "Added https://%1 to %Ln relative URL(s). Undo (Ctrl+Z) takes it back.": (
        "Added https://%1 to %Ln relative URL. Undo (Ctrl+Z) takes it back.",
        "Added https://%1 to %Ln relative URLs. Undo (Ctrl+Z) takes it back.",
    ),
    "Converted %Ln URL(s) to host names. Undo (Ctrl+Z) brings the URLs back.": (
        "Converted %Ln URL to a host name. Undo (Ctrl+Z) brings the URL back.",
        "Converted %Ln URLs to host names. Undo (Ctrl+Z) brings the URLs back.",
    ),
    "Purging by prefix: %Ln URL(s) converted; a prefix purges its path and everything under it. "
    "Undo (Ctrl+Z) brings the URLs back.": (
        "Purging by prefix: %Ln URL converted; a prefix purges its path and everything under it. "
        "Undo (Ctrl+Z) brings the URL back.",
        "Purging by prefix: %Ln URLs converted; a prefix purges its path and everything under it. "
        "Undo (Ctrl+Z) brings the URLs back.",
    ),
    "Fix or remove the %n line(s) marked as errors to purge.": (
        "Fix or remove the line marked as an error to purge.",
        "Fix or remove the %n lines marked as errors to purge.",
    ),
}


def forms(source):
    if source in SPECIAL:
        return SPECIAL[source]
    if "(s)" not in source and "(es)" not in source:
        return source, source  # the same in both numbers ("%n not purged")
    singular = re.sub(r"(\w)y\(s\)", r"\1y", source)
    plural = re.sub(r"(\w)y\(s\)", r"\1ies", source)
    singular = singular.replace("(es)", "").replace("(s)", "")
    plural = plural.replace("(es)", "es").replace("(s)", "s")
    return singular, plural


def main():
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        source = message.findtext("source")
        if source in SPECIAL and translation.get("type") in ("unfinished", None):
            pass  # SPECIAL wording always wins, also over forms written before
        elif translation.get("type") not in ("unfinished", None) or (
            translation.get("type") is None and len(translation.findall("numerusform")) == 2
        ):
            continue
        one, many = forms(source)
        if source not in SPECIAL and "(" in one and ")" in one and "(429)" not in one:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        for text in (one, many):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    with open(TS, "r+", encoding="utf-8") as f:  # keep lupdate's doctype line
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(text if text.endswith("\n") else text + "\n")
        f.truncate()
    for source in missing:
        print(f"english-plurals: no rule for {source!r}: write its forms by hand", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
