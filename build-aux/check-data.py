#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks of the files that make Crm a desktop citizen, run by `meson test --suite data`.

  check-data.py potfiles SRCDIR
      Every file under src/, ui/ and data/ with translatable strings is listed
      in po/POTFILES.in; every listed file exists; the list is sorted.
  check-data.py icons APP-ICON SYMBOLIC-ICON...
      The icons are well-formed SVG of the right size (128 for the app icon,
      16 for symbolic ones); symbolic icons draw in #2e3436 alone, with fills
      rather than strokes, so that GTK can recolour them.
  check-data.py dbus-service FILE APP-ID BINDIR
      The D-Bus service file activates APP-ID with BINDIR/crm.
  check-data.py flatpak-manifest FILE APP-ID
      The manifest is JSON, for APP-ID, and its sandbox holes are exactly the
      ones Crm needs (no file system access: the file chooser portal is enough).

Prints one line per problem and exits 1 when there is any.
"""

import configparser
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

SVG_NS = "{http://www.w3.org/2000/svg}"
SYMBOLIC_COLOUR = "#2e3436"

# Marks a translatable string: _( N_( C_( NC_( Q_( ngettext in C, and
# translatable="yes" in GtkBuilder files.
TRANSLATABLE = re.compile(r'(?<![\w])(?:N|C|NC|Q)?_\s*\(|(?<![\w])[dn]?n?gettext\s*\(|translatable="yes"')
SCANNED_DIRS = ("src", "ui", "data")
SCANNED_SUFFIXES = (".c", ".h", ".ui")
# Files that xgettext reads with its ITS rules: translatable whatever they contain.
ALWAYS_TRANSLATABLE = re.compile(r"\.(desktop\.in|metainfo\.xml\.in|gschema\.xml)$")

FLATPAK_FINISH_ARGS = {
    "--share=ipc",
    "--socket=fallback-x11",
    "--socket=wayland",
    "--device=dri",
    "--share=network",
}

problems = []


def problem(message):
    problems.append(message)


def check_potfiles(srcdir):
    potfiles_in = os.path.join(srcdir, "po", "POTFILES.in")
    listed = []
    with open(potfiles_in, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            listed.append(line)
            if not os.path.isfile(os.path.join(srcdir, line)):
                problem(f"po/POTFILES.in:{number}: {line} does not exist")

    for previous, current in zip(listed, listed[1:]):
        if current <= previous:
            problem(f"po/POTFILES.in: not sorted: {current} comes after {previous}")

    listed = set(listed)
    for top in SCANNED_DIRS:
        for root, dirs, files in os.walk(os.path.join(srcdir, top)):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                relative = os.path.relpath(path, srcdir).replace(os.sep, "/")
                if relative in listed:
                    continue
                if ALWAYS_TRANSLATABLE.search(name):
                    problem(f"{relative} is missing from po/POTFILES.in")
                elif name.endswith(SCANNED_SUFFIXES):
                    with open(path, encoding="utf-8", errors="replace") as f:
                        if TRANSLATABLE.search(f.read()):
                            problem(f"{relative} has translatable strings but is missing from po/POTFILES.in")


def check_icon(path, size, symbolic):
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        problem(f"{path}: not well-formed: {e}")
        return

    if root.tag != SVG_NS + "svg":
        problem(f"{path}: the root element is not an SVG <svg>")
        return
    for attribute in ("width", "height"):
        if root.get(attribute) != str(size):
            problem(f"{path}: {attribute} is {root.get(attribute)!r}, not {size}")
    if root.get("viewBox") != f"0 0 {size} {size}":
        problem(f"{path}: viewBox is {root.get('viewBox')!r}, not '0 0 {size} {size}'")

    if not symbolic:
        return
    for element in root.iter():
        fill = element.get("fill")
        if fill is not None and fill.lower() not in (SYMBOLIC_COLOUR, "none"):
            problem(f"{path}: symbolic icons are drawn in {SYMBOLIC_COLOUR}, not {fill}")
        if element.get("stroke") not in (None, "none") or "stroke" in element.get("style", ""):
            problem(f"{path}: symbolic icons use fills, not strokes (GTK recolours fills only)")
        if element.tag in (SVG_NS + "mask", SVG_NS + "image", SVG_NS + "text"):
            problem(f"{path}: <{element.tag[len(SVG_NS):]}> does not recolour in a symbolic icon")


def check_icons(paths):
    if not paths:
        problem("no icons given")
    for path in paths:
        symbolic = path.endswith("-symbolic.svg")
        check_icon(path, 16 if symbolic else 128, symbolic)


def check_dbus_service(path, app_id, bindir):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    try:
        with open(path, encoding="utf-8") as f:
            parser.read_file(f)
    except (OSError, configparser.Error) as e:
        problem(f"{path}: not a valid D-Bus service file: {e}")
        return

    if parser.sections() != ["D-BUS Service"]:
        problem(f"{path}: expected one [D-BUS Service] group, found {parser.sections()}")
        return
    group = parser["D-BUS Service"]
    if group.get("Name") != app_id:
        problem(f"{path}: Name is {group.get('Name')!r}, not {app_id!r}")
    expected_exec = f"{bindir}/crm --gapplication-service"
    if group.get("Exec") != expected_exec:
        problem(f"{path}: Exec is {group.get('Exec')!r}, not {expected_exec!r}")
    if "@" in group.get("Exec", ""):
        problem(f"{path}: Exec has an unsubstituted variable")


def check_flatpak_manifest(path, app_id):
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        problem(f"{path}: not valid JSON: {e}")
        return

    expected = {
        "app-id": app_id,
        "runtime": "org.gnome.Platform",
        "sdk": "org.gnome.Sdk",
        "command": "crm",
    }
    for key, value in expected.items():
        if manifest.get(key) != value:
            problem(f"{path}: {key} is {manifest.get(key)!r}, not {value!r}")

    finish_args = manifest.get("finish-args", [])
    if len(finish_args) != len(set(finish_args)) or set(finish_args) != FLATPAK_FINISH_ARGS:
        problem(f"{path}: finish-args are {finish_args}, not exactly {sorted(FLATPAK_FINISH_ARGS)}")

    modules = manifest.get("modules", [])
    if not modules or not isinstance(modules[-1], dict) or modules[-1].get("name") != "crm":
        problem(f"{path}: the last module is not crm")


def main(argv):
    commands = {
        "potfiles": (check_potfiles, 1),
        "icons": (lambda *paths: check_icons(list(paths)), None),
        "dbus-service": (check_dbus_service, 3),
        "flatpak-manifest": (check_flatpak_manifest, 2),
    }
    if len(argv) < 2 or argv[1] not in commands:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    function, count = commands[argv[1]]
    arguments = argv[2:]
    if count is not None and len(arguments) != count:
        print(f"{argv[1]} takes {count} arguments", file=sys.stderr)
        return 2

    function(*arguments)
    for message in problems:
        print(message)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
