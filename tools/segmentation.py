"""Expected segmentation of a sample plan: <stem>.segmentation.yaml.

tools/make_samples.py records each plan as it writes it (which section every heading,
paragraph, list and table belongs to, and which cells of a needs | outcomes | provision table
go to which section). From that record this module works out what ehcpqa must find:

- the sections, in order of first appearance, each with its title, its first words and its
  number of items;
- the items of E (outcomes), F, G, H1, H2 (provision) and K (advice), each with the area of
  need it is written under, and K's advice entries with title, author and date;
- the front matter, as the generator's author states it for each plan, and the facts derived
  from the date of birth at the plan date and at the audit date.

The rules are the ones templates/README.md ("Items", "Areas of need") gives, written again
here from the generator's side: an item is a list item, a table row, or a sentence of a
paragraph that stands alone (not a lead-in ending in ':' and not beside a table); a sub-heading,
a full-width table row or a row's first cell naming an area sets the area. The word lists below
mirror templates/areas.yaml and templates/items.yaml; tests/templates/segmentation_test.cpp
compares ehcpqa with these files, so a drift on either side fails there.
Python 3 standard library only.
"""

import datetime
import re

# ---- mirrors of templates/areas.yaml and templates/items.yaml --------------------------------
AREAS = [
    ("communication-interaction", ["communication and interaction", "communication & interaction",
                                   "communication and interaction needs",
                                   "speech, language and communication",
                                   "speech language and communication", "communication",
                                   "talking and listening", "social communication"]),
    ("cognition-learning", ["cognition and learning", "cognition & learning", "learning and cognition",
                            "cognition", "my learning"]),
    ("semh", ["social, emotional and mental health", "social emotional and mental health",
              "social, emotional & mental health", "semh", "emotional wellbeing", "emotional well-being",
              "social and emotional", "my feelings"]),
    ("sensory-physical", ["sensory and/or physical", "sensory and / or physical", "sensory and physical",
                          "physical and sensory", "sensory / physical", "sensory/physical", "sensory",
                          "physical", "hearing", "vision", "my body and senses"]),
    ("health", ["health", "health care", "healthcare", "physical health", "medical", "my health"]),
    ("social-care", ["social care", "care and support", "my care", "social care and family support"]),
    ("pfa-employment", ["employment", "higher education and/or employment",
                        "higher education and employment", "education and employment",
                        "further education and employment", "paid employment", "employment and education",
                        "preparing for adulthood: employment", "pfa: employment", "work"]),
    ("pfa-independent-living", ["independent living", "independence",
                                "preparing for adulthood: independent living", "pfa: independent living",
                                "living independently"]),
    ("pfa-community", ["friends, relationships and community",
                       "friends, relationships and community participation", "participating in society",
                       "community participation", "community inclusion", "friends and relationships",
                       "preparing for adulthood: community", "pfa: community"]),
    ("pfa-health", ["good health", "being healthy", "being as healthy as possible", "healthy adult life",
                    "preparing for adulthood: health", "pfa: health"]),
    ("pfa", ["preparing for adulthood", "preparation for adulthood", "pfa"]),
]
TAGGED_SECTIONS = {"B", "C", "D", "E", "F", "G", "H1", "H2", "H"}
SECTION_AREAS = {"C": "health", "G": "health", "D": "social-care", "H1": "social-care",
                 "H2": "social-care", "H": "social-care"}
KINDS = {"E": "outcome", "F": "provision", "G": "provision", "H1": "provision", "H2": "provision",
         "H": "provision", "K": "advice"}
NOT_ITEMS = [
    r"^no\s+(?:\w+\s+){0,6}(?:is|are)\s+(?:required|needed|identified|necessary|specified|in place)",
    r"^(?:there\s+(?:is|are)\s+)?no\s+(?:health|social\s+care|other\s+social\s+care|special\s+educational)?"
    r"\s*(?:provision|needs|outcomes)\b",
    r"^(?:none|n/?a|nil|not\s+applicable|tbc|to\s+follow|nothing)\b",
    r"^as\s+no\s+",
    r"^\{\{.*\}\}$", r"^\[[^\]]*\]$", r"^click (?:or tap )?here", r"^yes\s*/\s*no$",
]
ADVICE_COLUMNS = {
    "title": ["advice", "advice or information", "advice and information", "advice and information requested",
              "report", "type of advice", "document", "information", "title"],
    "author": ["given by", "author", "who from", "from", "provided by", "written by", "name and role",
               "professional", "by whom", "source"],
    "date": ["date", "date received", "date of advice", "date of report", "dated", "date written"],
}
MAX_TITLE = 100          # areas.cpp kMaxTitleChars; items.cpp kMaxSubHeadingChars
FIRST_WORDS = 6          # words of a section's first text kept in the expected file
ITEM_WORDS = 10          # words of an item's text kept


# ---- text ----------------------------------------------------------------------------------
def tidy(text):
    """Plain punctuation, collapsed white space (text::tidy, near enough for prefixes)."""
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"),
                 ("\u2014", "-"), ("\u00a0", " ")):
        text = text.replace(a, b)
    return " ".join(text.split())


def fold(text):
    return tidy(text).lower()


def starts_with_wording(folded, wording):
    if not folded.startswith(wording):
        return False
    if len(folded) == len(wording):
        return True
    last, nxt = wording[-1], folded[len(wording)]
    return not last.isalnum() or not nxt.isalnum()


def strip_numbering(text):
    return re.sub(r"(?i)^\s*(?:(?:section|part|step)\s+)?\d{1,2}\b\s*(?:[.):\-]\s*)?", "", text, count=1)


def area_named(text):
    """The area a title names (longest wording wins), or ""."""
    folded = fold(strip_numbering(tidy(text).split("\n")[0]))
    best, best_len = "", 0
    for key, wordings in AREAS:
        for w in wordings:
            if len(w) > best_len and starts_with_wording(folded, w):
                best, best_len = key, len(w)
    return best


def area_label(text):
    """The area a row's first cell names when it names nothing more."""
    folded = fold(text)
    if len(folded) > MAX_TITLE:
        return ""
    key = area_named(text)
    if not key:
        return ""
    used = max(len(w) for k, ws in AREAS for w in ws if starts_with_wording(folded, w))
    rest = folded[used:]
    if rest == "" or rest[0] in "(:;,/" or rest.startswith(" (") or rest.startswith(" -"):
        return key
    return ""


def not_item(text):
    folded = fold(text)
    return not re.search(r"\w", folded) or any(re.search(p, folded) for p in NOT_ITEMS)


ABBREVIATIONS = ("Dr.", "Mr.", "Mrs.", "Ms.", "Mx.", "Prof.", "St.", "e.g.", "i.e.", "No.", "approx.",
                 "Rev.", "Cllr.", "Sr.", "Jr.", "cf.", "vs.")


def sentences(text):
    """Sentences as ICU splits the plain prose of the samples: after . ! or ? and a space,
    before a capital letter, a digit or an opening quote; never after a title such as "Dr."
    (text/sentences.cpp joins those back)."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])", tidy(text)) if p.strip()]
    out = []
    for p in parts:
        if out and any(out[-1] == a or out[-1].endswith(" " + a) or out[-1].endswith("(" + a)
                       for a in ABBREVIATIONS):
            out[-1] += " " + p
        else:
            out.append(p)
    # A full stop inside brackets ("(Read Write Inc. Fresh Start)") does not end a sentence.
    joined, depth = [], 0
    for p in out:
        if depth > 0 and joined:
            joined[-1] += " " + p
        else:
            joined.append(p)
        depth = max(0, depth + p.count("(") - p.count(")"))
    return joined


def words(text, n):
    return " ".join(tidy(text).split()[:n])


# ---- UK dates ------------------------------------------------------------------------------
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def uk_date(text):
    """The first date in `text` as a datetime.date ("14th February 2011", "03/03/2019",
    "3 Mar 12"), or None."""
    if text is None:
        return None
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2})\b", text)
    if m and m.group(2)[:3].lower() in MONTHS:
        y = int(m.group(3))
        y = y + (2000 if y <= 69 else 1900) if y < 100 else y
        return datetime.date(y, MONTHS.index(m.group(2)[:3].lower()) + 1, int(m.group(1)))
    m = re.search(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b", text)
    if m:
        y = int(m.group(3))
        y = y + (2000 if y <= 69 else 1900) if y < 100 else y
        return datetime.date(y, int(m.group(2)), int(m.group(1)))
    return None


# ---- derived facts (templates/derived.h) -----------------------------------------------------
def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def year_offset(dob, when):
    start = when.year if when.month >= 9 else when.year - 1
    return age_on(dob, datetime.date(start, 8, 31)) - 4


def derived(dob, when):
    y, age = year_offset(dob, when), age_on(dob, when)
    key_stage = ("EYFS" if y <= 0 else "KS1" if y <= 2 else "KS2" if y <= 6 else "KS3" if y <= 9
                 else "KS4" if y <= 11 else "KS5" if y <= 13 else None)
    phase = ("early years" if y < 0 else "primary" if y <= 6 else "secondary" if y <= 11
             else "post-16" if y <= 14 else "post-19")
    band = ("under 5" if age < 5 else "5 to 10" if age <= 10 else "11 to 15" if age <= 15
            else "16 to 19" if age <= 19 else "20 to 25" if age <= 25 else "over 25")
    transfer = {-1: "nursery to Reception", 6: "Year 6 to secondary", 11: "Year 11 to post-16",
                13: "post-16 to post-19", 14: "post-16 to post-19"}.get(y)
    return {"age": age, "year_group": y if 0 <= y <= 14 else None, "key_stage": key_stage,
            "phase": phase, "age_band": band, "transfer": transfer}


# ---- what the generator wrote ------------------------------------------------------------------
class Para:
    """A paragraph: text, bold (all of it), heading level, list level (-1 outside lists)."""

    def __init__(self, text, bold=False, heading=0, level=-1):
        self.text, self.bold, self.heading, self.level = text, bold, heading, level


class Row:
    """A table row: cells (each a list of Para), whether it repeats as a header, and whether
    its one cell spans the table (a title row)."""

    def __init__(self, cells, header=False, spanning=False):
        self.cells, self.header, self.spanning = cells, header, spanning


class Record:
    """One plan as written: a list of (section, block), where a block is
    ("heading", title) - a section heading;
    ("para", Para) - a paragraph or list item outside tables;
    ("table", [Row], table_id) - a table whose rows all belong to `section`;
    ("column", Para list, table_id) - one cell of a table with a column per section, in the
        section of its column (written in reading order, so sections interleave)."""

    def __init__(self):
        self.blocks = []
        self._tables = 0

    def new_table(self):
        self._tables += 1
        return self._tables


# ---- expectations ------------------------------------------------------------------------------
def _row_text(row, skip_first):
    cells = row.cells[1:] if skip_first else row.cells
    texts = [" ".join(tidy(p.text) for p in cell if tidy(p.text)) for cell in cells]
    return " | ".join(t for t in texts if t)


def _nonempty_cells(row):
    return [c for c in row.cells if any(tidy(p.text) for p in c)]


class _Items:
    """The items of one section, worked out block by block."""

    def __init__(self, code):
        self.code, self.kind = code, KINDS.get(code)
        self.items, self.advice = [], []
        self.segment, self.beside_table = [], False
        self.area = ""

    def _area(self, area):
        return area or SECTION_AREAS.get(self.code, "")

    def emit(self, text, area):
        if self.kind is None or not_item(text):
            return False
        if self.kind == "advice":
            self.items.append({"section": self.code, "area": None, "kind": "advice", "text": tidy(text)})
            self.advice.append(advice_from_text(text))
        else:
            self.items.append({"section": self.code, "area": self._area(area) or None, "kind": self.kind,
                               "text": tidy(text)})
        return True

    def flush(self, segment=None, beside_table=None):
        seg = self.segment if segment is None else segment
        table = self.beside_table if beside_table is None else beside_table
        levels = [p.level for p, _ in seg if p.level >= 0]
        base = min(levels) if levels else 0
        open_item = False
        for p, area in seg:
            text = tidy(p.text)
            if p.level >= 0:
                if p.level > base and open_item:
                    self.items[-1]["text"] += " " + text
                    continue
                open_item = False
                if text.endswith(":"):
                    continue
                open_item = self.emit(text, area)
                continue
            open_item = False
            if table or text.endswith(":"):
                continue
            if self.kind == "advice":
                self.emit(text, area)
            else:
                for s in sentences(text):
                    self.emit(s, area)
        if segment is None:
            self.segment, self.beside_table = [], False

    def row(self, row, area, columns):
        if self.kind is None:
            return
        skip_first = bool(area_label(_first_text(row.cells[0]))) if self.code in TAGGED_SECTIONS \
            and len(row.cells) >= 2 else False
        text = _row_text(row, skip_first)
        if not text or not_item(text):
            return
        if self.kind == "advice":
            self.items.append({"section": self.code, "area": None, "kind": "advice", "text": text})
            self.advice.append(advice_from_row(row, columns))
        else:
            self.items.append({"section": self.code, "area": self._area(area) or None, "kind": self.kind,
                               "text": text})


def _first_text(cell):
    for p in cell:
        if tidy(p.text):
            return p.text
    return ""


def advice_from_text(text):
    text = tidy(text)
    date = None
    found = list(re.finditer(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{2,4}\b|"
                             r"\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b", text))
    if found:
        last = found[-1]
        date = uk_date(last.group(0))
        text = text[:last.start()] + " " + text[last.end():]
    text = trim(text)
    cut = [(text.find(s), s) for s in (" - ", ": ", ", ") if text.find(s) >= 0]
    if not cut:
        return {"title": text, "author": "", "date": date}
    at, sep = min(cut)
    return {"title": trim(text[:at]), "author": trim(text[at + len(sep):]), "date": date}


def trim(text):
    """Separators off both ends, keeping a closing bracket that closes one inside."""
    out = text.strip(" \t|;,:-()")
    end = len(text.rstrip(" \t|;,:-()"))
    if end < len(text) and text[end] == ")" and "(" in out:
        out += ")"
    return out


def advice_from_row(row, columns):
    cells = [" ".join(tidy(p.text) for p in c if tidy(p.text)) for c in row.cells]
    out = {"title": "", "author": "", "date": None}
    if columns:
        for text, role in zip(cells, columns):
            if not text:
                continue
            if role == "title" and not out["title"]:
                out["title"] = text
            elif role == "author" and not out["author"]:
                out["author"] = text
            elif role == "date" and out["date"] is None:
                out["date"] = uk_date(text)
        return out
    present = [c for c in cells if c]
    out["title"] = present[0]
    for c in present[1:]:
        d = uk_date(c)
        if d and out["date"] is None and len(c) <= 40:
            out["date"] = d
        elif not out["author"]:
            out["author"] = c
    return out


def advice_columns(row):
    """The roles of a K table's header cells, or None when the row is not such a header."""
    roles = []
    for cell in row.cells:
        folded = fold(_first_text(cell))
        best, best_len = "", 0
        for role, wordings in ADVICE_COLUMNS.items():
            for w in wordings:
                if len(w) > best_len and starts_with_wording(folded, w):
                    best, best_len = role, len(w)
        roles.append(best)
    if sum(1 for r in roles if r) >= 2 and "date" in roles and ("title" in roles or "author" in roles):
        return roles
    return None


def segment(record):
    """(sections, items, advice) from a Record: sections as dicts in order of appearance."""
    sections, order = {}, []
    by_code = {}

    def section(code, title=None):
        if code not in sections:
            sections[code] = {"code": code, "title": title, "first_words": None}
            order.append(code)
            by_code[code] = _Items(code)
        return sections[code]

    def first(code, text):
        s = sections[code]
        if s["first_words"] is None and tidy(text):
            s["first_words"] = words(text, FIRST_WORDS)

    # Paragraphs before a section's first list or table introduce it; they are not items.
    first_structured = {}
    for pos, (code, block) in enumerate(record.blocks):
        structured = block[0] in ("table", "column") or (block[0] == "para" and block[1].level >= 0
                                                         and tidy(block[1].text))
        if structured and code not in first_structured:
            first_structured[code] = pos

    for pos, (code, block) in enumerate(record.blocks):
        kind = block[0]
        if kind == "heading":
            section(code, block[1])
            it = by_code[code]
            it.flush()
            it.area = ""
            continue
        s = section(code)
        it = by_code[code]
        tagged = code in TAGGED_SECTIONS
        if kind == "para":
            p = block[1]
            text = tidy(p.text)
            if not text:
                continue
            if p.heading:
                it.flush()
                if tagged:
                    it.area = area_named(text) if len(text) <= MAX_TITLE else ""
                continue
            if p.bold and p.level < 0 and len(text) <= MAX_TITLE:
                it.flush()
                key = area_named(text) if tagged else ""
                if tagged:
                    it.area = key
                if key:
                    continue
                first(code, text)
                continue
            first(code, text)
            if p.level < 0 and pos < first_structured.get(code, -1):
                continue
            it.segment.append((p, it.area))
            continue
        if kind == "column":
            cell = block[1]
            for p in cell:
                first(code, p.text)
            area = block[3] if len(block) > 3 else ""
            it.flush(segment=[(p, area) for p in cell if tidy(p.text)], beside_table=False)
            continue
        if kind == "table":
            rows = block[1]
            it.beside_table = True
            area_before = it.area
            set_in_table = False
            columns = None
            for ri, row in enumerate(rows):
                present = _nonempty_cells(row)
                if not present:
                    continue
                if row.header:
                    if it.kind == "advice":
                        columns = advice_columns(row) or columns
                    continue
                # A header row that does not repeat on each page is still the section's
                # first text, though not an item.
                if it.kind == "advice" and columns is None and ri == 0 and advice_columns(row):
                    columns = advice_columns(row)
                    first(code, _first_text(present[0]))
                    continue
                all_bold = all(p.bold for c in present for p in c if tidy(p.text))
                if all_bold and len(row.cells) > 1 and not row.spanning:
                    first(code, _first_text(present[0]))
                    continue
                if row.spanning or len(row.cells) == 1:
                    cell = row.cells[0]
                    text = _first_text(cell)
                    short = len(tidy(text).split("\n")[0]) <= MAX_TITLE
                    key = area_named(text) if tagged and short else ""
                    if key:
                        it.flush()
                        it.beside_table = True
                        it.area, set_in_table = key, True
                        continue
                    for p in cell:
                        if tidy(p.text):
                            first(code, p.text)
                            break
                    it.flush(segment=[(p, it.area) for p in cell if tidy(p.text)], beside_table=False)
                    continue
                # A first cell naming an area labels the row; the other cells are its content.
                label = area_label(_first_text(row.cells[0])) if tagged and len(row.cells) >= 2 else ""
                content = [c for c in (row.cells[1:] if label else row.cells) if _first_text(c)]
                if not content:
                    continue
                first(code, _first_text(content[0]))
                if len(content) >= 2:
                    it.row(row, label or it.area, columns)
                else:
                    it.flush(segment=[(p, label or it.area) for p in content[0] if tidy(p.text)],
                             beside_table=False)
            if set_in_table:
                it.area = ""
            else:
                it.area = area_before
            continue
        raise ValueError("unknown block %r" % (kind,))

    items, advice = [], []
    for code in order:
        by_code[code].flush()
        items += by_code[code].items
        advice += by_code[code].advice
    return [sections[c] for c in order], items, advice


# ---- the YAML file -------------------------------------------------------------------------------
def q(s):
    if s is None:
        return "null"
    return '"%s"' % str(s).replace("\\", "\\\\").replace('"', '\\"')


def iso(d):
    return d.isoformat() if d else "null"


def derived_yaml(d):
    return ("{age: %d, year_group: %s, key_stage: %s, phase: %s, age_band: %s, transfer: %s}"
            % (d["age"], "null" if d["year_group"] is None else d["year_group"],
               d["key_stage"] or "null", q(d["phase"]), q(d["age_band"]), q(d["transfer"])))


def write(path, *, document, layout, as_of, front, dob, plan_date, sections, items, advice):
    lines = [
        "# Expected segmentation of %s: how ehcpqa must split it. Written by" % document,
        "# tools/make_samples.py from what it put in the plan, not from ehcpqa's output;",
        "# tests/templates/segmentation_test.cpp compares. Texts are prefixes, compared after tidying.",
        "document: %s" % document,
        "layout: %s" % layout,
        "as_of: %s" % as_of.isoformat(),
        "front_matter:",
    ]
    for key in ("status", "name", "preferred_name", "dob", "plan_date", "draft_date", "issue_date",
                "review_date", "request_date", "signed_date", "school_year", "primary_need",
                "primary_need_code", "placement"):
        v = front.get(key)
        if isinstance(v, datetime.date):
            lines.append("  %s: %s" % (key, v.isoformat()))
        elif key == "status":
            lines.append("  status: %s" % v)
        else:
            lines.append("  %s: %s" % (key, q(v)))
    lines.append("derived:")
    lines.append("  plan_date: %s" % (derived_yaml(derived(dob, plan_date)) if dob and plan_date else "null"))
    lines.append("  as_of: %s" % (derived_yaml(derived(dob, as_of)) if dob else "null"))
    lines.append("sections:")
    counts = {}
    for i in items:
        counts[i["section"]] = counts.get(i["section"], 0) + 1
    for s in sections:
        lines.append("  - {code: %s, title: %s, first_words: %s, items: %d}"
                     % (s["code"], q(tidy(s["title"] or "")), q(s["first_words"]), counts.get(s["code"], 0)))
    lines.append("items:" if items else "items: []")
    for i in items:
        lines.append("  - {section: %s, area: %s, kind: %s, text: %s}"
                     % (i["section"], i["area"] or "null", i["kind"], q(words(i["text"], ITEM_WORDS))))
    lines.append("advice:" if advice else "advice: []")
    for a in advice:
        lines.append("  - {title: %s, author: %s, date: %s}"
                     % (q(words(a["title"], ITEM_WORDS)), q(words(a["author"], ITEM_WORDS)), iso(a["date"])))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
