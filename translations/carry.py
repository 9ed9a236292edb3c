#!/usr/bin/env python3
"""Keeps the translation of strings that moved to another class.

lupdate files a string under its class (its translation context): a string that moves to a new
class comes back untranslated, and -no-obsolete drops the old entry. This fills every
unfinished message of TARGET.ts with the translation of a finished message of the same source
text (and comment and plural-ness) found in TARGET.ts itself or in the FROM files, such as the
file as it was before (git show HEAD:translations/gontainer_ko.ts > /tmp/ko-before.ts).

    python3 translations/carry.py translations/gontainer_ko.ts /tmp/ko-before.ts

Run the update_translations target again afterwards: it rewrites the file in lupdate's layout.
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.find('source')
    comment = message.find('comment')
    return (source.text or '', comment.text if comment is not None else '',
            message.get('numerus') or '')


def finished(paths):
    found = {}
    for path in paths:
        for message in ET.parse(path).getroot().iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') == 'unfinished':
                continue
            if (translation.text or '').strip() or len(translation):
                found.setdefault(key(message), translation)
    return found


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    target = argv[1]
    tree = ET.parse(target)
    known = finished([target] + argv[2:])
    carried = left = 0
    for message in tree.getroot().iter('message'):
        translation = message.find('translation')
        if translation is None or translation.get('type') != 'unfinished':
            continue
        source = known.get(key(message))
        if source is None:
            left += 1
            continue
        translation.attrib.pop('type')
        translation.text = source.text
        for child in list(translation):
            translation.remove(child)
        for child in source:
            ET.SubElement(translation, child.tag, child.attrib).text = child.text
        carried += 1
    with open(target, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
    print(f'{target}: {carried} carried, {left} still to translate')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
