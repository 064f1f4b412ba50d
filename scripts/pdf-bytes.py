#!/usr/bin/env python3
"""Where the bytes of an exported PDF go, for BENCHMARKS.md.

Usage: python3 scripts/pdf-bytes.py FILE.pdf   (needs pikepdf, as CI installs it)

Streams are counted as stored (deflated). Objects packed in the object stream
are counted unpacked and, scaled by the object stream's compression ratio, as
an estimate of their share deflated. The cost of marked content (tagging) in
the page streams is the difference when the streams are deflated again with
and without their BDC/BMC/EMC lines.
"""
import re
import sys
import zlib

import pikepdf


def kind_of_stream(pdf, obj, contents):
    kind = obj.get("/Type")
    if kind == "/ObjStm":
        return "object stream (dictionaries, tree)"
    if kind == "/XRef":
        return "cross-reference stream"
    if kind == "/Metadata":
        return "XMP metadata"
    if "/Length1" in obj or obj.get("/Subtype") in ("/OpenType", "/CIDFontType0C"):
        return "font programs"
    if obj.objgen in contents:
        return "page content"
    if b"begincmap" in obj.read_bytes():
        return "ToUnicode maps"
    return "other streams"


def kind_of_packed(obj):
    if isinstance(obj, pikepdf.Array):
        return "arrays"
    if not isinstance(obj, pikepdf.Dictionary):
        return "other"
    kind = obj.get("/Type")
    if kind == "/StructElem" or ("/S" in obj and "/P" in obj):
        return "structure elements"
    if obj.get("/Subtype") == "/Link":
        return "link annotations"
    if kind == "/Outlines" or ("/Title" in obj and ("/Parent" in obj or "/Dest" in obj)):
        return "outline"
    if kind in ("/Font", "/FontDescriptor"):
        return "font dictionaries"
    if kind in ("/Page", "/Pages"):
        return "page dictionaries"
    if "/Nums" in obj or kind == "/StructTreeRoot":
        return "structure tree root, parent tree"
    return "catalog, info, other"


def main(path):
    raw = open(path, "rb").read()
    pdf = pikepdf.open(path)
    contents = {p.Contents.objgen for p in pdf.pages if isinstance(p.Contents, pikepdf.Stream)}
    groups, in_streams = {}, 0
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            n = len(obj.read_raw_bytes())
            in_streams += n
            kind = kind_of_stream(pdf, obj, contents)
            groups[kind] = groups.get(kind, 0) + n
    pages = len(pdf.pages)
    print(f"{path}: {len(raw)} bytes, {pages} pages, {len(raw) // pages} per page")
    for kind, n in sorted(groups.items(), key=lambda kv: -kv[1]):
        print(f"  {kind:42s} {n:6d}")
    print(f"  {'header, stream dictionaries, trailer':42s} {len(raw) - in_streams:6d}")

    for obj in pdf.objects:
        if not (isinstance(obj, pikepdf.Stream) and obj.get("/Type") == "/ObjStm"):
            continue
        data, deflated = obj.read_bytes(), len(obj.read_raw_bytes())
        count, first = int(obj.N), int(obj.First)
        header = data[:first].split()
        offsets = [(int(header[2 * i]), int(header[2 * i + 1])) for i in range(count)]
        ratio = deflated / len(data)
        kinds = {}
        for i, (number, offset) in enumerate(offsets):
            end = offsets[i + 1][1] if i + 1 < count else len(data) - first
            kind = kind_of_packed(pdf.get_object(number, 0))
            size, objects = kinds.get(kind, (0, 0))
            kinds[kind] = (size + end - offset, objects + 1)
        print(f"  in the object stream: {count} objects, {len(data)} bytes unpacked, {deflated} deflated")
        for kind, (size, objects) in sorted(kinds.items(), key=lambda kv: -kv[1][0]):
            print(f"    {kind:40s} {objects:4d} objects {size:6d} unpacked, ~{round(size * ratio):5d} deflated")

    marks = re.compile(rb"^(/\w+ <</MCID \d+>> BDC|/Artifact( <<[^>]*>>)? B[DM]C|EMC)\n", re.M)
    marked = unmarked = 0
    for page in pdf.pages:
        data = page.Contents.read_bytes()
        marked += len(zlib.compress(data, 9))
        unmarked += len(zlib.compress(marks.sub(b"", data), 9))
    print(f"  marked content in the page streams: ~{marked - unmarked} bytes deflated")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        main(name)
