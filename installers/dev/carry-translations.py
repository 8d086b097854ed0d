#!/usr/bin/env python3
"""Carries translations over to texts that moved to another tr() context.

lupdate files a text under the class that translates it; when code moves to another class, the
text comes back unfinished under the new context and the old entry is dropped (-no-obsolete).
Run this after `update_translations`: every unfinished message whose source text (and comment)
had a finished translation in the committed .ts file (git HEAD, or the revision given) gets
that translation, still marked unfinished only when the old one differed between contexts.

Usage: installers/dev/carry-translations.py [REVISION]   (from the top of the checkout)
"""
import glob
import subprocess
import sys
import xml.etree.ElementTree as ET

revision = sys.argv[1] if len(sys.argv) > 1 else "HEAD"


def key(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return (source, comment, message.get("numerus") == "yes")


def finished(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")


def main():
    carried = 0
    for path in sorted(glob.glob("resources/translations/purgedesk_*.ts")):
        old_text = subprocess.run(["git", "show", f"{revision}:{path}"], capture_output=True, text=True)
        if old_text.returncode != 0:
            continue
        known = {}
        for message in ET.fromstring(old_text.stdout).iter("message"):
            if finished(message):
                known.setdefault(key(message), message.find("translation"))
        with open(path, encoding="utf-8") as f:
            text = f.read()
        tree = ET.ElementTree(ET.fromstring(text))
        changed = 0
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            old = known.get(key(message))
            if old is None:
                continue
            translation.clear()
            translation.text = old.text
            for form in old.findall("numerusform"):
                ET.SubElement(translation, "numerusform").text = form.text
            translation.tail = "\n    "
            changed += 1
        if changed:
            # Written back in lupdate's layout, so that the next update_translations changes nothing.
            body = ET.tostring(tree.getroot(), encoding="unicode")
            head = text[: text.index("<TS")]
            with open(path, "w", encoding="utf-8") as f:
                f.write(head + body + "\n")
            print(f"{path}: {changed} translation(s) carried over")
            carried += changed
    if not carried:
        print("no translation to carry over")


if __name__ == "__main__":
    main()
