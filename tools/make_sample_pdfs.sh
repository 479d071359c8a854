#!/usr/bin/env bash
# Makes the PDF sample plans (samples/*.pdf) and the broken-PDF fixtures (tests/fixtures/pdf/),
# each from a different producer, so the PDF reader is tested on what councils really send.
# Run from the repository root:   tools/make_sample_pdfs.sh
# Only the LibreOffice exports (of all or some Word plans) and the list pdf-producers.md:
#                                  tools/make_sample_pdfs.sh --libreoffice-only [STEM...]
# Needs the producer packages:     tools/setup.sh --producers
# Safe to re-run: every output is rewritten. Output is byte-stable between runs except the
# encrypted files, whose salts and IDs qpdf draws at random (see samples/pdf-producers.md).
#
#   1. LibreOffice: samples/<stem>.pdf for every samples/<stem>.docx, tracked changes shown as
#      they stand (insertions in, deletions out, no markup) and no comments; tagged (heading
#      styles as H1-H6 in a structure tree, as Word exports by default) except the plans in
#      UNTAGGED, exported as LibreOffice does by default, so both kinds are read.
#   2. Chromium:    tools/pdf-sources/final-good-numbered-y7.html (tables, CSS running header,
#                   "Page X of Y" footer, a two-column page).
#   3. groff ms -> PostScript -> ps2pdf: tools/pdf-sources/final-poor-lettered-age25.ms
#                   (Type 1 fonts, fi/fl ligatures, hyphenation, a .2C page, tbl tables).
#   4. pango-view (cairo): tools/pdf-sources/draft-poor-lettered-reception.p{1,2,3}.pango.
#   5. qpdf rewrites of 2-4: object streams, linearised with a rotated page, empty-password
#      encryption. Each rewrite gets a copy of its plan's labels.
#   6. Broken and awkward PDFs in tests/fixtures/pdf/ (described in tests/fixtures/pdf/README.md).
#   7. samples/pdf-producers.md, then checks with pdftotext and pdffonts.
set -euo pipefail

if [ ! -d samples ] || [ ! -f tools/make_sample_pdfs.sh ]; then
  echo "make_sample_pdfs: run me from the repository root" >&2
  exit 2
fi

# 2026-11-23T00:00:00Z, the audit date the labels assume.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1795392000}"
export TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8

LO_ONLY=0
DOCX_LIST=(samples/*.docx)
if [ "${1:-}" = "--libreoffice-only" ]; then
  LO_ONLY=1
  shift
  if [ "$#" -gt 0 ]; then
    DOCX_LIST=()
    for stem in "$@"; do DOCX_LIST+=("samples/$stem.docx"); done
  fi
fi
TOOLS="soffice chromium groff ps2pdf qpdf pdfinfo pdffonts pdftotext pdftoppm pango-view img2pdf python3"
[ "$LO_ONLY" = 1 ] && TOOLS="soffice pdfinfo pdffonts python3"
for tool in $TOOLS; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "make_sample_pdfs: '$tool' is missing; run tools/setup.sh --producers" >&2
    exit 2
  fi
done

KIT="python3 tools/pdf-sources/pdfkit.py"
SRC=tools/pdf-sources
FIX=tests/fixtures/pdf
WORK="$(mktemp -d /tmp/ehcpqa-pdf.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$FIX" "$WORK/lo-in" "$WORK/lo-out"

say() { printf '\n== %s\n' "$*"; }

# Writes the labels of a qpdf rewrite: the plan's own labels with the document name changed.
variant_labels() {  # stem variant-stem what-changed
  local base="samples/$1.labels.yaml" out="samples/$2.labels.yaml"
  {
    echo "# Labels for $2.pdf: $3 of $1.pdf, so the same plan and the same labels."
    echo "# Written by tools/make_sample_pdfs.sh from $1.labels.yaml; edit that file, not this one."
    sed -e "s/^document: .*/document: $2.pdf/" -e '/^# Labels for /d' "$base"
  } > "$out"
}

# ---------------------------------------------------------------------------------------------
say "1. LibreOffice exports of the DOCX samples"
# LibreOffice prints tracked changes with their markup (deletions struck through) unless the
# document asks for them to be hidden, and --convert-to has no option for that. So each .docx
# is copied to a scratch folder with <w:revisionView w:markup="0" w:insDel="0"/> added to
# word/settings.xml (what Word saves after "No Markup"); LibreOffice 7.4 reads that as "show
# changes: off". The body is not touched. Comments are kept out with ExportNotes=false.
#
# Word's "Save as PDF" tags the document by default ("Document structure tags for
# accessibility"); LibreOffice does not. Most plans are exported as tagged PDFs, with their
# heading styles in the structure tree; these eight, one of each heading style and layout, are
# left untagged, so that headings must be told from size and weight alone.
UNTAGGED=" draft-good-lettered-bold-y7 draft-middling-numbered-shaded-y9 final-middling-area-tables-y8 \
final-poor-lettered-y11 draft-good-titled-age2 final-poor-numbered-age20 final-middling-lettered-age4 \
draft-middling-lettered-incell-age24 "
mkdir -p "$WORK/lo-in/tagged" "$WORK/lo-in/untagged"
for docx in "${DOCX_LIST[@]}"; do
  stem="$(basename "$docx" .docx)"
  kind=tagged
  case "$UNTAGGED" in *" $stem "*) kind=untagged;; esac
  $KIT docx-no-markup "$docx" "$WORK/lo-in/$kind/$stem.docx"
done
lo_export() {  # tagged(true|false) files...
  local tagged="$1"; shift
  [ "$#" -gt 0 ] && [ -e "$1" ] || return 0
  soffice -env:UserInstallation="file://$WORK/lo-profile" --headless --norestore \
    --convert-to 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"false"},"ExportNotesInMargin":{"type":"boolean","value":"false"},"ExportBookmarks":{"type":"boolean","value":"true"},"UseTaggedPDF":{"type":"boolean","value":"'"$tagged"'"}}' \
    --outdir "$WORK/lo-out" "$@" 2>&1 | grep -v 'javaldx' || true
}
lo_export true "$WORK"/lo-in/tagged/*.docx
lo_export false "$WORK"/lo-in/untagged/*.docx
for docx in "${DOCX_LIST[@]}"; do
  stem="$(basename "$docx" .docx)"
  pdf="$WORK/lo-out/$stem.pdf"
  [ -s "$pdf" ] || { echo "make_sample_pdfs: LibreOffice did not write $stem.pdf" >&2; exit 1; }
  $KIT fix-dates "$pdf"
  $KIT check-revisions "$docx" "$pdf"
  cp "$pdf" "samples/$stem.pdf"
done

# With --libreoffice-only, steps 2 to 6 and the checks are skipped; the list is rewritten.
if [ "$LO_ONLY" = 0 ]; then

# ---------------------------------------------------------------------------------------------
say "2. Chromium: final-good-numbered-y7"
# The running header and "Page X of Y" come from CSS @page margin boxes, so Chromium's own
# header and footer (date, title, URL) are turned off with --no-pdf-header-footer (the newer
# name of --print-to-pdf-no-header).
profile="$(mktemp -d /tmp/ehcpqa-chromium.XXXXXX)"
timeout 300 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --no-pdf-header-footer \
  --print-to-pdf="$WORK/chromium.pdf" "file://$PWD/$SRC/final-good-numbered-y7.html" \
  >"$WORK/chromium.log" 2>&1 || { cat "$WORK/chromium.log" >&2; rm -rf "$profile"; exit 1; }
rm -rf "$profile"
$KIT fix-dates "$WORK/chromium.pdf"
cp "$WORK/chromium.pdf" samples/final-good-numbered-y7.pdf

# ---------------------------------------------------------------------------------------------
say "3. groff -ms -> ps2pdf: final-poor-lettered-age25"
# Two passes: the first counts the pages for the "Page X of Y" footer. CompatibilityLevel 1.1
# makes Ghostscript embed the Times fonts as Type 1 (FontFile) instead of converting them to
# CFF (Type 1C); as a side effect the embedded font programs are LZW-compressed.
ms="$SRC/final-poor-lettered-age25.ms"
groff -t -ms -Tps -dpaper=a4 -P-pa4 "$ms" > "$WORK/groff.ps"
pages="$(grep -c '^%%Page:' "$WORK/groff.ps")"
groff -t -ms -Tps -dpaper=a4 -P-pa4 -dTOTALPAGES="$pages" "$ms" > "$WORK/groff.ps"
ps2pdf -dCompatibilityLevel=1.1 -sPAPERSIZE=a4 "$WORK/groff.ps" "$WORK/groff.pdf"
$KIT fix-dates "$WORK/groff.pdf"
cp "$WORK/groff.pdf" samples/final-poor-lettered-age25.pdf

# ---------------------------------------------------------------------------------------------
say "4. pango-view (cairo): draft-poor-lettered-reception"
# pango-view cannot paginate: each page is rendered on its own at exactly A4 (595 x 842 pt),
# then qpdf joins them, keeping cairo's objects and page 1's Info dictionary.
for i in 1 2 3; do
  $KIT pango-page "$SRC/draft-poor-lettered-reception.p$i.pango" "$WORK/pango-$i.pdf" 595 842 50 "DejaVu Sans 9.5"
  $KIT fix-dates "$WORK/pango-$i.pdf"
done
qpdf --deterministic-id "$WORK/pango-1.pdf" --pages "$WORK/pango-1.pdf" "$WORK/pango-2.pdf" "$WORK/pango-3.pdf" -- \
  samples/draft-poor-lettered-reception.pdf

# ---------------------------------------------------------------------------------------------
say "5. qpdf rewrites"
# At most two files per plan in samples/, so that auditing the folder as one batch does not
# make outcomes.generic fire on a plan only because it is there three times.
qpdf --deterministic-id --object-streams=generate \
  samples/final-poor-lettered-age25.pdf samples/final-poor-lettered-age25.objstm.pdf
variant_labels final-poor-lettered-age25 final-poor-lettered-age25.objstm \
  "qpdf --object-streams=generate (object streams and a cross-reference stream)"

qpdf --deterministic-id --linearize --rotate=+90:2 \
  samples/final-good-numbered-y7.pdf samples/final-good-numbered-y7.linearised-rotated.pdf
variant_labels final-good-numbered-y7 final-good-numbered-y7.linearised-rotated \
  "qpdf --linearize --rotate=+90:2 (linearised; page 2, the two-column page, rotated 90 degrees)"

# An empty user password: opens without asking, but every string and stream is AES-256 encrypted.
qpdf --encrypt "" ehcpqa-owner 256 -- \
  samples/draft-poor-lettered-reception.pdf samples/draft-poor-lettered-reception.encrypted-empty-password.pdf
variant_labels draft-poor-lettered-reception draft-poor-lettered-reception.encrypted-empty-password \
  "qpdf --encrypt \"\" <owner> 256 (AES-256, empty user password)"

# ---------------------------------------------------------------------------------------------
say "6. Fixtures in $FIX"
# Encrypted with a real user password: a reader cannot open it without the password.
qpdf --encrypt ehcpqa-user ehcpqa-owner 256 -- samples/final-poor-lettered-y4.pdf "$FIX/password-protected.pdf"

# The older RC4 encryption (128-bit, revision 3) with an empty user password, as many
# systems still write: opens without a password, once OpenSSL's legacy RC4 is available.
qpdf --allow-weak-crypto --encrypt "" ehcpqa-owner 128 --use-aes=n -- \
  samples/final-poor-lettered-y4.pdf "$FIX/rc4-empty-password.pdf"

# A scanned plan: every page is a black-and-white 200 dpi picture (CCITT G4, as an office
# scanner makes), with no text layer at all. img2pdf stamps a random /ID; fix-dates sets it.
stamp="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%S)"
scan() {  # out.pdf pages...
  local out="$1"; shift
  img2pdf --pagesize A4 --creationdate "$stamp" --moddate "$stamp" -o "$out" "$@" 2>/dev/null
  $KIT fix-dates "$out"
}
pdftoppm -mono -r 200 samples/draft-poor-lettered-reception.pdf "$WORK/scan"
scan "$FIX/image-only.pdf" "$WORK"/scan-*.pbm

# A text PDF (LibreOffice) whose page 2 has been swapped for a scan of itself.
pdftoppm -mono -r 200 -f 2 -l 2 samples/final-good-numbered-y6.pdf "$WORK/page2"
scan "$WORK/page2.pdf" "$WORK"/page2-*.pbm
qpdf --deterministic-id samples/final-good-numbered-y6.pdf \
  --pages samples/final-good-numbered-y6.pdf 1 "$WORK/page2.pdf" 1 samples/final-good-numbered-y6.pdf 3-z -- \
  "$FIX/one-image-page.pdf"

# Cut off at 60% of its bytes, as an interrupted download or e-mail attachment is.
$KIT truncate samples/final-good-lettered-y10.pdf "$FIX/truncated.pdf" 0.6

# A header, then garbage with a cut-off object, a bad xref, and a trailer that points nowhere.
$KIT corrupt "$FIX/corrupt.pdf"

# Intact objects, but every cross-reference offset is 64 bytes out: repairable by a rescan.
$KIT shift-xref samples/final-poor-lettered-y11.pdf "$FIX/bad-xref-offsets.pdf"

fi  # steps 2 to 6

# ---------------------------------------------------------------------------------------------
say "7. samples/pdf-producers.md"
cat > "$WORK/producers.tsv" <<'EOF'
# # PDF samples and fixtures: who made them
#
# Written by `tools/make_sample_pdfs.sh` (do not edit by hand; change the script and re-run).
# The producer, creator, version, page count and fonts are what `pdfinfo` and `pdffonts`
# (poppler 22.12) report for the files as built on Debian 12 with LibreOffice 7.4.7,
# Chromium 156, groff 1.22.4, Ghostscript 10.0.0, pango 1.50.12 / cairo 1.16.0, qpdf 11.3.0
# and img2pdf 0.4.4. Font names are shown without their six-letter subset tags.
#
# Plans in `samples/` are read with the `<stem>.labels.yaml` beside them. A LibreOffice export
# shares its labels with the `.docx` of the same stem; the three plans written for PDF
# (HTML, groff, pango) have their own labels; each qpdf rewrite has a generated copy of its
# plan's labels. Files in `tests/fixtures/pdf/` are not plans to audit: see the README there.
#
# Notes for the PDF reader:
# - **Tracked changes.** LibreOffice 7.4's `--convert-to pdf` has no switch for tracked
#   changes and by default prints them with markup (deleted words struck through but still
#   in the text layer). The script exports a scratch copy of each `.docx` whose
#   `word/settings.xml` carries `<w:revisionView w:markup="0" w:insDel="0"/>`; LibreOffice
#   then shows the text as it stands. `pdfkit.py check-revisions` confirms it for every changed
#   paragraph (e.g. "on some days" is absent from draft-poor-numbered-y3.pdf) and that no
#   comment is printed (`ExportNotes=false`). A PDF cannot show that a plan *had* open
#   revisions, so `final.open-revisions`, expected for final-poor-lettered-y9, cannot be
#   found in its PDF.
# - **Ligatures.** The groff plan uses the `fi` and `fl` glyphs of Times (code 140 and 141 in
#   a /Differences encoding, no ToUnicode map): "finds", "confident", "flexible",
#   "difficulties", "efficient", "office". poppler expands them; a reader must map them to
#   "fi"/"fl" (or NFKC-normalise U+FB01/U+FB02) before matching words.
# - **Hyphenation.** groff hyphenates body text at line ends ("com-munity", "indepen-dently"),
#   section headings are not hyphenated. The other producers do not hyphenate.
# - **Running headers and footers** are repeated on every page and must not become section
#   text: LibreOffice (from the .docx headers/footers), Chromium (CSS @page margin boxes,
#   "Page X of Y"), groff (ms LH/RH/LF/RF strings, "Page X of Y" by a two-pass build), pango
#   (a header line typed at the top of each page, "Page X of 3").
# - **Table header rows** repeat at the top of a page when Chromium splits a table.
# - **Two columns**: Chromium page 2 (Section 1 (A), CSS `columns: 2`), groff page 3
#   (Sections E and F, `.2C`, the Section F heading wraps inside the column).
# - **Line-end hyphens are ambiguous.** LibreOffice breaks lines after real hyphens, so
#   "half-" + "term" in a table cell of final-good-lettered-y10 is one word with a hyphen,
#   while groff's "com-" + "munity" is one word without. poppler joins both (it prints
#   "halfterm"); a reader should join a groff-style break only when the joined word is known,
#   or keep the hyphen when the hyphen was in the text.
# - **Reading order.** On the two-column pages poppler's default order interleaves the
#   columns' headings and text; the reader must follow each column to its foot.
# - **Batches.** Each plan is in `samples/` at most twice (its .docx and one PDF, or its PDF
#   and one qpdf rewrite), so that auditing the whole folder as one batch does not make
#   `outcomes.generic` (3 or more plans) fire on a plan just because it is there three times.
#   The generic outcome planted in three .docx plans now appears six times, which still
#   meets its labels.
# - **Dates.** LibreOffice, Chromium and cairo ignore SOURCE_DATE_EPOCH; `pdfkit.py fix-dates`
#   rewrites their dates and /ID in place (same length, xref untouched). The two encrypted
#   files (`*.encrypted-empty-password.pdf`, `password-protected.pdf`) differ on every run,
#   because qpdf draws their salts at random.
EOF
{
  for docx in samples/*.docx; do
    stem="$(basename "$docx" .docx)"
    extra=""
    case "$stem" in draft-poor-numbered-y3|final-poor-lettered-y9|draft-good-numbered-age3)
      extra="$extra; tracked changes shown as they stand (no markup), comments not printed";; esac
    case "$stem" in draft-good-numbered-age3|final-good-numbered-age17)
      extra="$extra; front matter from content controls";; esac
    case "$stem" in final-poor-lettered-y6) extra="$extra; one-page profile in a text box (frame)";; esac
    case "$stem" in final-good-lettered-y10) extra="$extra; nested table and merged cells";; esac
    case "$stem" in *-shaded-*) extra="$extra; section headings in shaded table bars";; esac
    case "$stem" in *-incell-*) extra="$extra; some section headings in the left cell of a table";; esac
    case "$stem" in *-bold-*) extra="$extra; section headings as bold plain paragraphs";; esac
    case "$stem" in *-area-tables-*) extra="$extra; one table per area of need";; esac
    case "$UNTAGGED" in *" $stem "*) extra="$extra; untagged";; *) extra="$extra; tagged (headings in the structure tree)";; esac
    printf 'samples/%s.pdf\tLibreOffice export of the .docx; Writer header and footer with page fields; tables; bookmarks%s\n' "$stem" "$extra"
  done
  printf 'samples/final-good-numbered-y7.pdf\tHTML by headless Chromium; tagged PDF; a table per area of need in B, E and F; table header rows repeated across pages; CSS running header and "Page X of Y" footer; Section 1 (A) set in two CSS columns; numbered layout "Section 2 (B): ..."\n'
  printf 'samples/final-good-numbered-y7.linearised-rotated.pdf\tqpdf rewrite of the Chromium plan: linearised ("Optimized: yes"); page 2 (the two-column page) carries /Rotate 90\n'
  printf 'samples/final-poor-lettered-age25.pdf\tgroff -ms -> PostScript -> ps2pdf; Type 1 fonts (FontFile, LZW-compressed), PDF 1.1; fi/fl ligature glyphs without ToUnicode; hyphenated line ends; tbl tables; ms running header and "Page X of Y" footer; Sections E and F on a two-column (.2C) page\n'
  printf 'samples/final-poor-lettered-age25.objstm.pdf\tqpdf rewrite of the groff plan: object streams and a cross-reference stream (PDF 1.5), streams recompressed with Flate\n'
  printf 'samples/draft-poor-lettered-reception.pdf\tpango-view (cairo), three A4 pages joined by qpdf; TrueType and CID TrueType subsets with ToUnicode; non-ASCII text (Zoë, Królik, curly quotes); a running header line typed on each page with "Page X of 3"; a space-aligned monospaced table in K\n'
  printf 'samples/draft-poor-lettered-reception.encrypted-empty-password.pdf\tqpdf rewrite of the pango plan: AES-256 (R6) encryption with an EMPTY user password and owner password "ehcpqa-owner"; must open and read like the unencrypted plan\n'
  printf 'tests/fixtures/pdf/password-protected.pdf\tLibreOffice export of final-poor-lettered-y4, AES-256 with user password "ehcpqa-user": expect pdf.encrypted\tehcpqa-user\n'
  printf 'tests/fixtures/pdf/image-only.pdf\tthe pango plan rendered at 200 dpi black and white and wrapped by img2pdf (CCITT G4 images, like an office scanner): no text layer, expect pdf.no-text-layer (OCR needed)\n'
  printf 'tests/fixtures/pdf/one-image-page.pdf\tfinal-good-numbered-y6 (LibreOffice) with page 2 replaced by a 200 dpi black-and-white scan of itself (img2pdf, CCITT G4; joined by qpdf): readable, page 2 has no text\n'
  printf 'tests/fixtures/pdf/truncated.pdf\tfirst 60%% of the bytes of samples/final-good-lettered-y10.pdf: no xref, trailer or %%%%EOF; expect pdf.truncated (or pdf.corrupt)\n'
  printf 'tests/fixtures/pdf/corrupt.pdf\ta %%PDF-1.7 header, 48 KiB of garbage with one cut-off stream object, an xref with bad entries, a trailer whose /Root does not exist and a startxref into the garbage; no catalog or page anywhere: expect pdf.corrupt\n'
  printf 'tests/fixtures/pdf/bad-xref-offsets.pdf\tLibreOffice export of final-poor-lettered-y11 with 64 bytes inserted after the header: every xref offset is wrong but all objects are intact; readable after an xref rebuild (poppler does this), otherwise pdf.corrupt\n'
} >> "$WORK/producers.tsv"
$KIT producers-md "$WORK/producers.tsv" samples/pdf-producers.md
if [ "$LO_ONLY" = 1 ]; then
  echo "make_sample_pdfs: LibreOffice exports and samples/pdf-producers.md only"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
say "8. Checks"
fail=0
for pdf in samples/*.pdf; do
  words="$(pdftotext -enc UTF-8 "$pdf" - 2>/dev/null | wc -w)"
  fonts="$(pdffonts "$pdf" 2>/dev/null | tail -n +3 | wc -l)"
  printf '%-70s %6s words  %2s fonts\n' "$pdf" "$words" "$fonts"
  if [ "$words" -lt 300 ] || [ "$fonts" -lt 1 ]; then echo "  FAILED: too little text or no fonts" >&2; fail=1; fi
done
expect_unreadable() {  # file why
  if pdftotext "$1" - >/dev/null 2>&1; then echo "  FAILED: pdftotext read $1 ($2)" >&2; fail=1;
  else printf '%-70s unreadable, as intended (%s)\n' "$1" "$2"; fi
}
expect_unreadable "$FIX/password-protected.pdf" "needs the user password"
# (Output is captured before grep: with pipefail, grep -q closing the pipe early would fail it.)
text="$(pdftotext -upw ehcpqa-user "$FIX/password-protected.pdf" - 2>/dev/null || true)"
if grep -q 'Section' <<<"$text"; then
  printf '%-70s readable with -upw ehcpqa-user\n' "$FIX/password-protected.pdf"
else echo "  FAILED: password-protected.pdf does not open with its password" >&2; fail=1; fi
expect_unreadable "$FIX/truncated.pdf" "truncated"
expect_unreadable "$FIX/corrupt.pdf" "corrupt"
words="$(pdftotext "$FIX/image-only.pdf" - 2>/dev/null | wc -w)"
if [ "$words" -eq 0 ]; then printf '%-70s no text, as intended\n' "$FIX/image-only.pdf"; else echo "  FAILED: image-only.pdf has $words words" >&2; fail=1; fi
n="$(pdfinfo "$FIX/one-image-page.pdf" | awk '/^Pages:/ {print $2}')"
for p in $(seq 1 "$n"); do
  w="$(pdftotext -f "$p" -l "$p" "$FIX/one-image-page.pdf" - | wc -w)"
  if [ "$p" -eq 2 ] && [ "$w" -ne 0 ]; then echo "  FAILED: one-image-page.pdf page 2 has text" >&2; fail=1; fi
  if [ "$p" -ne 2 ] && [ "$w" -eq 0 ]; then echo "  FAILED: one-image-page.pdf page $p has no text" >&2; fail=1; fi
done
printf '%-70s %s pages, page 2 without text, as intended\n' "$FIX/one-image-page.pdf" "$n"
text="$(pdftotext "$FIX/bad-xref-offsets.pdf" - 2>/dev/null || true)"
if grep -q 'Section' <<<"$text"; then
  printf '%-70s readable by poppler after its xref rebuild\n' "$FIX/bad-xref-offsets.pdf"
else echo "  FAILED: poppler could not recover bad-xref-offsets.pdf" >&2; fail=1; fi
for pdf in samples/*.pdf "$FIX"/*.pdf; do
  case "$pdf" in *truncated.pdf|*corrupt.pdf|*bad-xref-offsets.pdf|*password-protected.pdf) continue;; esac
  qpdf --check "$pdf" >/dev/null 2>&1 || { echo "  FAILED: qpdf --check $pdf" >&2; fail=1; }
done
[ "$fail" -eq 0 ] && echo "make_sample_pdfs: all checks passed" || { echo "make_sample_pdfs: checks FAILED" >&2; exit 1; }
