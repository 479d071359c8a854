#!/usr/bin/env python3
"""Small helpers for tools/make_sample_pdfs.sh (Python 3 standard library only).

  pdfkit.py fix-dates FILE...        set the dates and /ID that a producer stamped from the clock
  pdfkit.py docx-no-markup IN OUT    copy a .docx, asking the reader to hide tracked changes
  pdfkit.py check-revisions DOCX PDF check that the PDF shows DOCX's text as it stands
  pdfkit.py truncate IN OUT FRACTION keep the first FRACTION of IN's bytes
  pdfkit.py corrupt OUT              write a PDF header followed by garbage
  pdfkit.py shift-xref IN OUT        insert bytes after the header so every xref offset is wrong
  pdfkit.py pango-page ...           see pango_page() below
  pdfkit.py producers-md TABLE OUT   write samples/pdf-producers.md from pdfinfo and pdffonts

fix-dates exists because LibreOffice 7.4, Chromium (Skia) and cairo stamp the clock time
and ignore SOURCE_DATE_EPOCH, and Ghostscript honours it for dates but not for /ID. Every
change keeps the file's length, so the cross-reference table stays valid: each digit of a
/CreationDate, /ModDate or XMP date is rewritten from SOURCE_DATE_EPOCH (UTC), and the hex
strings of a plain-text /ID (and LibreOffice's /DocChecksum) are replaced by an MD5 of the
rest of the file. Dates inside compressed or encrypted objects are left alone.
"""
import hashlib
import os
import re
import subprocess
import sys
import time
import zipfile


def epoch():
    return int(os.environ.get("SOURCE_DATE_EPOCH", "0"))


def _pdf_date(match):
    old = match.group(2).decode("latin-1")
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(epoch()))
    digits = old[2:16]
    new = "D:" + stamp[: len(digits)]
    rest = old[2 + len(digits):]
    # Time zone: UTC, in the same shape as before ("Z", "+00'00'", "Z00'00'").
    rest = re.sub(r"[+-]", "+", rest)
    rest = re.sub(r"\d", "0", rest)
    return match.group(1) + (new + rest).encode("latin-1")


def _xmp_date(match):
    old = match.group(2).decode()
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch()))
    new = stamp[: min(len(old), 19)]
    rest = old[len(new):]
    rest = re.sub(r"^\.\d+", lambda m: "." + "0" * (len(m.group(0)) - 1), rest)
    rest = re.sub(r"[+-]", "+", rest)
    rest = re.sub(r"\d", "0", rest)
    return match.group(1) + (new + rest).encode()


def fix_dates(path):
    with open(path, "rb") as f:
        data = f.read()
    size = len(data)
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:\d{4,14}[^)]*)", _pdf_date, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([0-9T:.+\-Z]+)", _xmp_date, data)
    spans = []
    for m in re.finditer(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", data):
        spans += [m.span(1), m.span(2)]
    for m in re.finditer(rb"/DocChecksum\s*/([0-9A-Fa-f]{32})", data):  # LibreOffice
        spans.append(m.span(1))
    if spans:
        blank = bytearray(data)
        for a, b in spans:
            blank[a:b] = b"0" * (b - a)
        digest = hashlib.md5(bytes(blank)).hexdigest().upper().encode()
        for a, b in spans:
            n = b - a
            blank[a:b] = (digest * (n // len(digest) + 1))[:n]
        data = bytes(blank)
    assert len(data) == size, path
    with open(path, "wb") as f:
        f.write(data)


def _xml_text(fragment, tag):
    import html
    return "".join(html.unescape(t) for t in re.findall(rf"<w:{tag}(?:\s[^>]*)?>([^<]*)</w:{tag}>", fragment))


def _squash(text):
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def check_revisions(docx, pdf):
    """Check that a PDF shows a .docx's tracked changes as they stand: for every paragraph with a
    deletion, the paragraph with insertions kept and deletions dropped must be in the PDF's text,
    and the same paragraph with the deleted words left in must not be; no comment may be in it."""
    with zipfile.ZipFile(docx) as z:
        body = z.read("word/document.xml").decode("utf-8")
        comments = z.read("word/comments.xml").decode("utf-8") if "word/comments.xml" in z.namelist() else ""
    text = _squash(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True,
                                  capture_output=True, text=True).stdout)
    problems, checked = [], 0
    for para in re.findall(r"<w:p[ >].*?</w:p>", body, flags=re.S):
        if "<w:del " not in para and "<w:ins " not in para:
            continue
        as_it_stands = _squash(_xml_text(re.sub(r"<w:del .*?</w:del>", "", para, flags=re.S), "t"))
        with_markup = _squash(_xml_text(re.sub(r"<w:delText", "<w:t", re.sub(r"</w:delText>", "</w:t>", para)), "t"))
        checked += 1
        if as_it_stands not in text:
            problems.append(f"missing as it stands: {as_it_stands!r}")
        if with_markup != as_it_stands and with_markup in text:
            problems.append(f"deleted words shown: {with_markup!r}")
    for note in re.findall(r"<w:comment .*?</w:comment>", comments, flags=re.S):
        words = _squash(_xml_text(note, "t"))
        if words and words in text:
            problems.append(f"comment printed: {words!r}")
    for p in problems:
        print(f"check-revisions: {pdf}: {p}", file=sys.stderr)
    print(f"check-revisions: {os.path.basename(pdf)}: {checked} changed paragraph(s), "
          f"{len(re.findall(r'<w:comment ', comments))} comment(s): {'FAILED' if problems else 'ok'}")
    return not problems


def docx_no_markup(src, dst):
    """Copy a .docx and add <w:revisionView w:markup="0" w:insDel="0"/> to its settings, which is
    what Word saves when the user picks "No Markup": readers then show the text with every
    insertion in place, every deletion gone, and no comments. The document body is untouched."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/settings.xml" and b"w:revisionView" not in data:
                # Schema order puts revisionView after w:zoom (and the other view settings).
                view = b'<w:revisionView w:markup="0" w:insDel="0"/>'
                if re.search(rb"<w:zoom\b[^>]*/>", data):
                    data = re.sub(rb"(<w:zoom\b[^>]*/>)", lambda m: m.group(1) + view, data, count=1)
                else:
                    data = re.sub(rb"(<w:settings\b[^>]*>)", lambda m: m.group(1) + view, data, count=1)
            zout.writestr(info, data)


def truncate(src, dst, fraction):
    with open(src, "rb") as f:
        data = f.read()
    with open(dst, "wb") as f:
        f.write(data[: int(len(data) * float(fraction))])


def corrupt(dst):
    """A PDF header and binary-marker comment, then 48 KiB of pseudo-random bytes holding one
    cut-off stream object, a cross-reference table with bad entries, and a trailer whose /Root
    names an object that does not exist and whose startxref points into the garbage. There is
    no catalog or page anywhere, so even a repairing reader has nothing to rebuild from.
    Same bytes on every run."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    seed = b"ehcpqa corrupt fixture"
    junk = bytearray()
    while len(junk) < 48 * 1024:
        seed = hashlib.sha256(seed).digest()
        junk += seed
    junk[20000:20000] = b"\n4 0 obj\n<< /Length 9999 /Filter /FlateDecode >>\nstream\n"
    out += junk
    out += b"\nxref\n0 5\n0000000000 65535 f \nXXXXXXXXXX 00000 n \n0000099999 00000 n \n"
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n31337\n%%EOF\n"
    with open(dst, "wb") as f:
        f.write(out)


def shift_xref(src, dst):
    """Insert a 64-byte comment after the header line: every offset in the xref table and the
    startxref value are now 64 bytes short. The objects themselves are intact, so a reader
    that rebuilds the cross-reference table by scanning for "n 0 obj" can still read it."""
    with open(src, "rb") as f:
        data = f.read()
    eol = data.index(b"\n") + 1
    pad = b"%" + b"x" * 62 + b"\n"
    with open(dst, "wb") as f:
        f.write(data[:eol] + pad + data[eol:])


def _page_height(pdf):
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return float(re.search(r"Page size:\s+[\d.]+ x ([\d.]+) pts", info).group(1))


def pango_page(markup, out, width, height, margin, font):
    """Render one page of Pango markup to a PDF page exactly width x height points.
    pango-view sizes the page to the text plus --margin on every side (pango 1.50.12 accepts
    only a single margin value), so the page is made up to full height by a blank line at the
    end whose font size is searched for: render, measure with pdfinfo, adjust, repeat."""
    with open(markup, encoding="utf-8") as f:
        text = f.read().rstrip("\n")
    tmp = out + ".pango"
    base = ["pango-view", "--no-display", "--markup", "--pixels", "--wrap=word", f"--font={font}",
            f"--width={width - 2 * margin}", f"--margin={margin}", f"--output={out}", tmp]
    size = 0.0  # points
    for _ in range(12):
        filler = f'\n<span size="{max(1, round(size * 1024))}"> </span>' if size > 0 else ""
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text + filler)
        subprocess.run(base, check=True)
        got = _page_height(out)
        if abs(got - height) < 0.5:
            break
        if size == 0.0 and got > height:
            sys.exit(f"pango-page: {markup} is too long for one page ({got:.0f} of {height} points)")
        # A blank DejaVu line is about 1.164 times its font size.
        size = max(0.5, size + (height - got) / 1.164)
    else:
        sys.exit(f"pango-page: could not make {markup} exactly {height} points high")
    os.remove(tmp)


def _run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    return r.returncode, r.stdout


def _fonts(pdf, password):
    code, out = _run(["pdffonts"] + (["-upw", password] if password else []) + [pdf])
    lines = out.splitlines()
    if code != 0 or len(lines) < 2:
        return "none readable"
    by_type = {}
    for line in lines[2:]:
        name, kind = line[:37].strip(), line[37:55].strip()
        base = re.sub(r"^[A-Z]{6}\+", "", name)
        by_type.setdefault(kind, [])
        if base not in by_type[kind]:
            by_type[kind].append(base)
    if not by_type:
        return "no fonts (images only)"
    return "; ".join(f"{k}: {', '.join(v)}" for k, v in sorted(by_type.items()))


def producers_md(table, out):
    """Write samples/pdf-producers.md. TABLE is a UTF-8 file of lines
    "path<TAB>features[<TAB>user password]"; lines starting with # are kept as text."""
    rows, text_before = [], []
    with open(table, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.startswith("#") or not line.strip():
                text_before.append(line[2:] if line.startswith("# ") else line.lstrip("#"))
                continue
            parts = line.split("\t")
            rows.append((parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    out_lines = text_before + ["", "| file | producer (pdfinfo) | creator (pdfinfo) | PDF version | pages | fonts (pdffonts) | features covered |",
                               "|---|---|---|---|---|---|---|"]
    for path, features, password in rows:
        code, info = _run(["pdfinfo"] + (["-upw", password] if password else []) + [path])
        fields = dict(re.findall(r"^([A-Za-z ]+):\s+(.*)$", info, flags=re.M)) if code == 0 else {}
        producer = fields.get("Producer", "— (pdfinfo fails)" if code else "—")
        creator = fields.get("Creator", "—")
        version = fields.get("PDF version", "—")
        pages = fields.get("Pages", "—")
        fonts = _fonts(path, password) if code == 0 else "— (pdffonts fails)"
        cells = [f"`{path}`", producer, creator, version, pages, fonts, features]
        out_lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(out_lines) + "\n")


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "fix-dates":
        for p in argv[2:]:
            fix_dates(p)
    elif cmd == "docx-no-markup":
        docx_no_markup(argv[2], argv[3])
    elif cmd == "check-revisions":
        sys.exit(0 if check_revisions(argv[2], argv[3]) else 1)
    elif cmd == "producers-md":
        producers_md(argv[2], argv[3])
    elif cmd == "truncate":
        truncate(argv[2], argv[3], argv[4])
    elif cmd == "corrupt":
        corrupt(argv[2])
    elif cmd == "shift-xref":
        shift_xref(argv[2], argv[3])
    elif cmd == "pango-page":
        markup, out, width, height, margin, font = argv[2:8]
        pango_page(markup, out, int(width), int(height), int(margin), font)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
