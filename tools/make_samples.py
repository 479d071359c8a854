#!/usr/bin/env python3
"""Write ehcpqa's bundled sample plans: samples/*.docx and samples/*.labels.yaml.

Every plan is fictional: the authorities, children, families, schools and professionals are
invented. Run from the repository root:

    python3 tools/make_samples.py

The output is deterministic (same bytes on every run). Each plan is written the way a real
English local authority writes one, with some faults planted on purpose; the matching
.labels.yaml records, as a QA officer would, which findings the tool must raise (expect) and
which would be wrong (forbid). Rule ids are those of rule-catalogue v1. The audit date assumed
by the labels is 2026-11-23.
"""

import datetime
import os
import sys

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxgen import Docx, R, P, Bullets, Numbered, Table, Cell, TextBox  # noqa: E402
import segmentation as seg  # noqa: E402

AS_OF = datetime.date(2026, 11, 23)
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO, "samples")

# --------------------------------------------------------------------------------------------
# Rule catalogue v1: id -> section used for a whole-plan "must not fire" label.
# None means a whole-plan rule, or (for rules reported per section) "in no section".
# --------------------------------------------------------------------------------------------
RULES = [
    ("structure.section-missing", None),
    ("structure.section-empty", None),
    ("structure.front-matter-missing", None),
    ("draft.names-school", "I"),
    ("final.placement-missing", "I"),
    ("final.not-dated", None),
    ("final.open-revisions", None),
    ("health.needs-unrecorded", "C"),
    ("health.provision-missing", "G"),
    ("social-care.needs-unrecorded", "D"),
    ("social-care.provision-missing", "H1"),
    ("advice.required-missing", "K"),
    ("outcomes.none", "E"),
    ("outcomes.not-time-bound", "E"),
    ("outcomes.not-measurable", "E"),
    ("outcomes.service-led", "E"),
    ("outcomes.not-aspirational", "E"),
    ("outcomes.education-only", "E"),
    ("outcomes.generic", "E"),
    ("voice.aspirations-missing", "A"),
    ("voice.child-absent", "A"),
    ("golden-thread.need-without-outcome", "E"),
    ("golden-thread.need-without-provision", "F"),
    ("provision.vague", None),
    ("provision.not-quantified", None),
    ("provision.no-provider", None),
    ("pfa.missing", "E"),
    ("pfa.area-missing", "E"),
    ("pfa.age-inappropriate", "E"),
    ("pfa.young-person-voice", "A"),
    ("pfa.adult-transition-missing", None),
    ("pfa.over-age", None),
    ("transition.phase-transfer-missing", None),
    ("stale.advice-outdated", "K"),
    ("stale.outcome-date-passed", "E"),
    ("stale.review-overdue", None),
    ("stale.obsolete-terminology", None),
    ("stale.age-mismatch", None),
    ("consistency.other-name", None),
    ("consistency.pronoun-mixed", None),
    ("timeliness.over-20-weeks", None),
]
RULE_IDS = [r for r, _ in RULES]

# The four-point scale of the labels' grade_band, best first.
GRADES = ["Outstanding", "Good", "Requires improvement", "Inadequate"]

# Default reasons for "must not fire" labels that were not planted as near misses.
DEFAULT_WHY = {
    "structure.section-missing": "every statutory section has its own heading",
    "structure.section-empty": "every section heading is followed by real content",
    "structure.front-matter-missing": "name, date of birth and the plan's date are all stated",
    "final.not-dated": "the date of issue is stated in the front matter",
    "final.open-revisions": "no tracked changes or comments remain in the file",
    "health.needs-unrecorded": "Section C records the health needs the plan mentions elsewhere",
    "health.provision-missing": "Section G specifies health provision for the needs in C",
    "social-care.needs-unrecorded": "no social worker, short breaks or other social care "
                                    "involvement is mentioned outside Section D",
    "social-care.provision-missing": "Section D records no social care needs, or H1/H2 "
                                     "provide for them",
    "advice.required-missing": "parent, educational, medical, psychological and social care "
                               "advice are all listed in Section K",
    "outcomes.none": "Section E contains outcomes",
    "outcomes.not-time-bound": "every outcome states when it should be achieved",
    "outcomes.not-measurable": "every outcome has an observable, checkable criterion",
    "outcomes.service-led": "outcomes describe what the child or young person will achieve, "
                            "not services",
    "outcomes.not-aspirational": "outcomes aim beyond the present and link to the hopes in A",
    "outcomes.education-only": "outcomes also address health, care or independence",
    "outcomes.generic": "the outcome wording is written for this child; it is not repeated "
                        "across the samples",
    "voice.aspirations-missing": "Section A records hopes for the future",
    "voice.child-absent": "Section A gives the child's or young person's own views",
    "golden-thread.need-without-outcome": "every broad area of need in B has an outcome in E",
    "golden-thread.need-without-provision": "every broad area of need in B has provision in F",
    "provision.vague": "provision items are written in committal terms",
    "provision.not-quantified": "every provision item states an amount, frequency or group size",
    "provision.no-provider": "every provision item says who delivers it",
    "pfa.missing": "the plan contains preparing-for-adulthood outcomes and provision",
    "pfa.area-missing": "all four preparing-for-adulthood areas are covered in E to H",
    "pfa.age-inappropriate": "the outcomes suit the child's age",
    "pfa.young-person-voice": "Section A carries the young person's own views",
    "pfa.adult-transition-missing": "transition to adult health and adult social care is "
                                    "planned",
    "stale.advice-outdated": "all advice in K is dated within 12 months of the plan date",
    "stale.outcome-date-passed": "no outcome target date is earlier than the plan date",
    "stale.review-overdue": "the plan was issued or reviewed within 12 months of the audit date",
    "stale.obsolete-terminology": "no pre-2014 terms are used",
    "stale.age-mismatch": "ages and year groups stated in the text match the date of birth",
    "consistency.other-name": "only the child's name and the names of people the plan "
                              "introduces appear",
    "consistency.pronoun-mixed": "the child is referred to with one set of pronouns throughout",
    "timeliness.over-20-weeks": "no request date is stated, so there is nothing to measure",
}


# --------------------------------------------------------------------------------------------
# Dates and ages
# --------------------------------------------------------------------------------------------
def docxgen_zip_date():
    """The fixed timestamp every generated zip entry carries (deterministic output)."""
    import docxgen
    return docxgen.ZIP_DATE


def d(iso):
    return datetime.date.fromisoformat(iso) if iso else None


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def nc_year(dob, when):
    """National curriculum year at a date: Reception is 0, nursery -1."""
    start = when.year if when.month >= 9 else when.year - 1
    return age_on(dob, datetime.date(start, 8, 31)) - 4


# --------------------------------------------------------------------------------------------
# Section titles
# --------------------------------------------------------------------------------------------
LETTERED = {
    "A": "Section A: Views, interests and aspirations",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs related to special educational needs or disability",
    "D": "Section D: Social care needs related to special educational needs or disability",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the CSDPA 1970",
    "H2": "Section H2: Other social care provision",
    "H": "Section H: Social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information",
}

NUMBERED_TOPICS = [
    ("A", "All about me: views, interests and aspirations"),
    ("B", "Special educational needs"),
    ("C", "Health needs"),
    ("D", "Social care needs"),
    ("E", "Outcomes"),
    ("F", "Special educational provision"),
    ("G", "Health provision"),
    ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled "
           "Persons Act 1970"),
    ("H2", "Other social care provision"),
    ("I", "Placement"),
    ("J", "Personal budget"),
    ("K", "Advice and information"),
]


def numbered_titles(seps):
    """Titles "Section n (X)<sep>topic"; seps maps a code to its separator (default ' – ')."""
    out = {}
    for n, (code, topic) in enumerate(NUMBERED_TOPICS, start=1):
        out[code] = "Section %d (%s)%s%s" % (n, code, seps.get(code, seps.get("*", " – ")),
                                             topic)
    return out


# --------------------------------------------------------------------------------------------
# Plan builder: writes the document and keeps each section's text for the labels / checks
# --------------------------------------------------------------------------------------------
def flatten(x):
    """Plain text of any content spec."""
    if x is None:
        return ""
    if isinstance(x, str):
        return x
    if isinstance(x, R):
        return x.text
    if isinstance(x, P):
        return flatten(x.content)
    if isinstance(x, Cell):
        return flatten(x.content)
    if isinstance(x, Table):
        return "\n".join(" | ".join(flatten(c) for c in row) for row in x.rows)
    if isinstance(x, Bullets):
        return "\n".join(flatten(i) for i in x.items)
    if isinstance(x, TextBox):
        return "\n".join(flatten(p) for p in x.paragraphs)
    if isinstance(x, tuple):
        return "" if x and x[0] == "xml" else " ".join(flatten(i) for i in x)
    if isinstance(x, list):
        return " ".join(flatten(i) for i in x)
    return str(x)


def all_bold(content, bold=False):
    """True when every visible character of a paragraph's content is bold."""
    if bold:
        return True
    if isinstance(content, R):
        return content.bold or not content.text.strip()
    if isinstance(content, P):
        return content.bold or all_bold(content.content)
    if isinstance(content, (list, tuple)) and not (content and content[0] == "xml"):
        return bool(content) and all(all_bold(c) for c in content)
    if isinstance(content, str):
        return not content.strip()
    return False


def paras_of(x, bold=False, level=-1):
    """The paragraphs ehcpqa reads from a content spec, as segmentation.Para."""
    if x is None:
        return []
    if isinstance(x, Cell):
        return [] if x.vmerge == "continue" else paras_of(x.content, bold or x.bold)
    if isinstance(x, (Bullets, Numbered)):
        out = []
        for item in x.items:
            lvl, item = item if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], int) \
                else (0, item)
            out += paras_of(item, bold, lvl)
        return out
    if isinstance(x, Table):
        return [p for row in x.rows for c in row for p in paras_of(c, bold)]
    if isinstance(x, TextBox):
        return [p for q in x.paragraphs for p in paras_of(q, bold)]
    if isinstance(x, list):
        if any(isinstance(i, (P, Table, Bullets, Numbered, TextBox)) for i in x):
            return [p for i in x for p in paras_of(i, bold)]
        return [seg.Para(flatten(x), all_bold(x, bold), level=level)]
    if isinstance(x, tuple) and x and x[0] == "xml":
        return []
    return [seg.Para(flatten(x), all_bold(x, bold), level=level)]


def table_rows(rows, header):
    """A table's rows as segmentation.Row."""
    width = max(sum(c.span if isinstance(c, Cell) else 1 for c in row) for row in rows)
    out = []
    for ri, row in enumerate(rows):
        is_header = header and ri == 0
        cells = [paras_of(c, is_header) for c in row]
        spanning = len(row) == 1 and width > 1
        out.append(seg.Row(cells, header=is_header, spanning=spanning))
    return out


UNSET = object()


class Plan:
    def __init__(self, stem, *, authority, status, layout, name, dob, plan_date, titles,
                 heading_style, sub_style, year_group=None, extra_note="", watermark=None,
                 header=UNSET):
        self.stem, self.authority, self.status, self.layout = stem, authority, status, layout
        self.name, self.dob, self.plan_date = name, d(dob), d(plan_date)
        self.titles, self.heading_style, self.sub_style = titles, heading_style, sub_style
        self.year_override = year_group
        self.note = extra_note
        if header is UNSET:
            header = "DRAFT – OFFICIAL-SENSITIVE" if status == "draft" else "OFFICIAL-SENSITIVE"
        self.doc = Docx(header=header,
                        footer="%s – Education, Health and Care Plan – %s" % (authority, name),
                        title_meta="Education, Health and Care Plan – %s" % name,
                        creator=authority, watermark=watermark)
        self.record = seg.Record()
        self.front = {}
        self.text = {"front": []}
        self.cur = "front"
        self.sections = []
        self.expect, self.forbid, self.skip = [], [], set()
        self.skip_notes = []
        self.grade = None  # (band, reason): the grades a QA officer would accept
        self.misses = []  # known_misses: what ehcpqa cannot yet read in this plan

    # ---- writing ------------------------------------------------------------------------
    def _rec(self, x):
        self.text.setdefault(self.cur, []).append(flatten(x))

    def _log(self, block):
        """Records a block for the expected segmentation (sections only)."""
        if self.cur not in ("front", "back"):
            self.record.blocks.append((self.cur, block))

    def _log_paras(self, paras):
        for para in paras:
            self._log(("para", para))

    def section(self, code, page_break=False):
        if page_break:
            self.doc.page_break()
        title = self.titles[code]
        if self.heading_style == "bold":
            # A bold, larger plain paragraph: no heading style at all.
            self.doc.block(P(R(title, bold=True, size=13), keep_next=True))
        elif self.heading_style == "shaded":
            # A one-row table whose shaded cell holds the heading, as a coloured bar.
            self.doc.table([[Cell(R(title, bold=True, color="FFFFFF", size=12), shade="1F3864")]],
                           header=False)
            self.doc.para("")  # keeps the bar apart from a table that follows (Word merges them)
        else:
            level = {"Heading1": 1, "Heading2": 2}.get(self.heading_style, 2)
            style = self.heading_style if self.heading_style.startswith("LA") else None
            self.doc.heading(title, level, style=style)
        self.cur = code
        self.sections.append(code)
        self.text.setdefault(code, [])
        self.record.blocks.append((code, ("heading", title)))

    def sub(self, text):
        if self.sub_style == "bold":
            self.doc.para(text, bold=True)
            self._rec(text)
            self._log(("para", seg.Para(text, bold=True)))
            return
        level = {"Heading2": 2, "Heading3": 3}.get(self.sub_style, 3)
        style = self.sub_style if self.sub_style.startswith("LA") else None
        self.doc.heading(text, level, style=style)
        self._rec(text)
        self._log(("para", seg.Para(text, heading=level)))

    def p(self, content, **kw):
        self.doc.para(content, **kw)
        self._rec(content)
        self._log(("para", seg.Para(flatten(content), all_bold(content, kw.get("bold", False)))))

    def bullets(self, items):
        self.doc.bullets(items)
        self._rec(Bullets(items))
        self._log_paras(paras_of(Bullets(items)))

    def numbered(self, items):
        self.doc.numbered(items)
        self._rec(Bullets(items))
        self._log_paras(paras_of(Numbered(items)))

    def table(self, rows, header=True, col_widths=None):
        self.doc.table(rows, header=header, col_widths=col_widths)
        self._rec(Table(rows))
        self._log(("table", table_rows(rows, header), self.record.new_table()))

    def labels_table(self, pairs, controls=False):
        self.doc.field_label_table(pairs, controls=controls)
        self._rec(["%s: %s" % pv for pv in pairs])

    def revisions(self, segments, **kw):
        self.doc.para_with_revisions(segments, **kw)
        self._rec([t for t, _ in segments])
        self._log(("para", seg.Para("".join(t for t, k in segments if k != "del"))))

    def comment(self, text, comment, **kw):
        self.doc.comment(text, comment, **kw)
        self._rec(text)
        self._log(("para", seg.Para(flatten(text), all_bold(text))))

    def control(self, tag, text, label=None, inline=False):
        self.doc.content_control(tag, text, label=label, inline=inline)
        self._rec("%s: %s" % (label, text) if label else text)
        self._log(("para", seg.Para("%s: %s" % (label, text) if label else text)))

    def text_box(self, paragraphs, **kw):
        self.doc.text_box(paragraphs, **kw)
        self._rec(TextBox(paragraphs))
        self._log_paras(paras_of(TextBox(paragraphs)))

    def hyperlink(self, text, url, before="", after=""):
        self.doc.hyperlink(text, url, before, after)
        self._rec([before, text, after])
        self._log(("para", seg.Para(flatten([before, text, after]))))

    def page_break(self):
        self.doc.page_break()

    def heading_plain(self, text, level=1):
        """A heading that is not a statutory section (e.g. a part title)."""
        self.doc.heading(text, level)
        self._rec(text)
        self._log(("para", seg.Para(text, heading=level)))

    def column_table(self, title, area, columns, rows, col_widths=None, title_shade="D9E2F3"):
        """One table per area of need: a shaded title row naming the area, a header row
        naming each column's section, then rows whose cells go to their column's section.
        columns: [(code, header text)]; rows: lists of cell contents (str, Bullets, list)."""
        ncols = len(columns)
        table = [[Cell(R(title, bold=True), span=ncols, shade=title_shade)],
                 [Cell(h, bold=True, shade="F2F2F2") for _, h in columns]] + [list(r) for r in rows]
        self.doc.table(table, header=False, col_widths=col_widths)
        self._rec(Table(table))
        tid = self.record.new_table()
        # The table is about its title's area, or else its sections' own (health, social care).
        table_area = area or seg.area_named(title) or next(
            (seg.SECTION_AREAS[c] for c, _ in columns if c in seg.SECTION_AREAS), "")
        for code, header in columns:
            if code not in self.sections:
                self.sections.append(code)
                self.record.blocks.append((code, ("heading", header)))
        for row in rows:
            for (code, _), cell in zip(columns, row):
                self.record.blocks.append((code, ("column", paras_of(cell), tid, table_area)))

    def expect_front(self, **fields):
        """The front matter a reader finds, beyond name, date of birth, status and plan date:
        draft_date, issue_date, review_date, request_date, signed_date, school_year,
        primary_need, primary_need_code, placement, preferred_name."""
        self.front.update(fields)

    # ---- labels -------------------------------------------------------------------------
    def exp(self, rule, section, why):
        assert rule in RULE_IDS, rule
        self.expect.append((rule, section, why))

    def no(self, rule, section, why):
        assert rule in RULE_IDS, rule
        self.forbid.append((rule, section, why))

    def grade_band(self, band, why):
        """The grades (Outstanding, Good, Requires improvement, Inadequate) a QA officer would
        accept for the whole plan, with the reason in one line."""
        assert band and all(g in GRADES for g in band), band
        self.grade = (list(band), why)

    def known_miss(self, what, why, affects, formats=("pdf",)):
        """Something ehcpqa cannot yet read in this plan (in these formats): the tests report
        the affected labels instead of failing on them."""
        for r in affects:
            assert r in RULE_IDS, r
        self.misses.append((what, why, list(affects), list(formats)))

    def unjudged(self, *rules, why):
        """Rules deliberately left out of the labels (neither expected nor forbidden)."""
        for r in rules:
            assert r in RULE_IDS, r
        self.skip.update(rules)
        self.skip_notes.append((rules, why))

    @property
    def age(self):
        return age_on(self.dob, self.plan_date) if self.dob and self.plan_date else None

    @property
    def year(self):
        if self.year_override is not None:
            return self.year_override
        if self.dob and self.plan_date:
            y = nc_year(self.dob, self.plan_date)
            return y if -1 <= y <= 14 else None
        return None

    def _default_forbids(self):
        expected = {r for r, _, _ in self.expect}
        forbidden = {(r, s) for r, s, _ in self.forbid}
        out = []
        for rule, section in RULES:
            if rule in expected or rule in self.skip or (rule, section) in forbidden \
                    or (rule, None) in forbidden:
                continue
            why = DEFAULT_WHY.get(rule)
            if rule == "draft.names-school" and self.status == "final":
                why = "final plan: only a draft must leave Section I without a school"
            elif rule in ("final.placement-missing", "final.not-dated", "final.open-revisions",
                          "stale.review-overdue") and self.status == "draft":
                why = "draft plan: the rule applies to final plans only"
            elif rule == "final.placement-missing":
                why = "Section I names the institution and its type"
            elif rule == "timeliness.over-20-weeks" and self.status == "draft":
                why = "draft plan: there is no final issue date yet"
            elif rule.startswith("pfa.") and rule in ("pfa.missing", "pfa.area-missing") \
                    and self.year is not None and self.year < 9:
                why = "below Year 9 (%s): PfA content is not yet required" % self.year_text()
            elif rule == "pfa.young-person-voice" and self.age is not None and self.age < 16:
                why = "aged %d: the rule applies from 16" % self.age
            elif rule == "pfa.young-person-voice" and self.age is None \
                    and self.year is not None and self.year < 11:
                why = "%s: under 16" % self.year_text()
            elif rule == "pfa.adult-transition-missing" and self.age is not None \
                    and self.age < 17:
                why = "aged %d: the rule applies from 17" % self.age
            elif rule == "pfa.adult-transition-missing" and self.age is None \
                    and self.year is not None and self.year < 12:
                why = "%s: under 17" % self.year_text()
            elif rule == "advice.required-missing" and self.year is not None \
                    and self.year >= 9:
                why = DEFAULT_WHY[rule] + ", and so is preparing-for-adulthood advice " \
                      "(%s)" % self.year_text()
            elif rule == "pfa.over-age":
                why = ("aged %d at the plan date, well within the age limit" % self.age
                       if self.age is not None else "a school-age child, far below 25")
            elif rule == "transition.phase-transfer-missing":
                why = ("%s is not a transfer year" % self.year_text()
                       if self.year is not None else "not in a transfer year")
            elif rule == "stale.age-mismatch" and not self.dob:
                why = "no date of birth to compare with; nothing in the text conflicts"
            out.append((rule, section, why))
        return out

    def year_text(self):
        y = self.year
        if y is None:
            return "unknown year"
        return {-1: "nursery", 0: "Reception"}.get(y, "Year %d" % y)

    def labels_yaml(self):
        def q(s):
            return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')

        def sec(s):
            return "null" if s is None else s

        lines = ["# Labels for %s.docx, written by reading the plan as a QA officer would."
                 % self.stem,
                 "# Audit date assumed: %s. Rule ids: rule-catalogue v1." % AS_OF.isoformat()]
        if self.note:
            lines.append("# " + self.note)
        for rules, why in self.skip_notes:
            lines.append("# Unlabelled on purpose: %s (%s)" % (", ".join(rules), why))
        lines += [
            "document: %s.docx" % self.stem,
            "layout: %s" % self.layout,
        ]
        if self.grade:
            lines += ["# grade_band: %s" % self.grade[1],
                      "grade_band: [%s]" % ", ".join(self.grade[0])]
        lines += [
            "front_matter:",
            "  name: %s" % q(self.name),
            "  dob: %s" % (self.dob.isoformat() if self.dob else "null"),
            "  plan_date: %s" % (self.plan_date.isoformat() if self.plan_date else "null"),
            "  status: %s" % self.status,
            "  age_years: %s         # age at the plan date; null if it cannot be worked out"
            % (self.age if self.age is not None else "null"),
            "  year_group: %s        # national curriculum year at the plan date "
            "(0 = Reception); null if unknown or not school age%s"
            % (self.year if self.year is not None and self.year >= 0 else "null",
               ", here nursery" if self.year == -1 else ""),
            "sections: [%s]" % ", ".join(self.sections),
            "expect:",
        ]
        if not self.expect:
            lines[-1] = "expect: []"
        for rule, section, why in self.expect:
            lines.append("  - {rule: %s, section: %s, why: %s}" % (rule, sec(section), q(why)))
        lines.append("forbid:")
        for rule, section, why in self.forbid + self._default_forbids():
            lines.append("  - {rule: %s, section: %s, why: %s}" % (rule, sec(section), q(why)))
        if self.misses:
            lines += ["", "# What ehcpqa cannot yet read in this plan, reported by the tests "
                      "rather than failing them.", "known_misses:"]
            for what, why, affects, formats in self.misses:
                lines += ["  - what: %s" % what, "    formats: [%s]" % ", ".join(formats),
                          "    why: %s" % q(why), "    affects: [%s]" % ", ".join(affects)]
        return "\n".join(lines) + "\n"

    def front_matter(self):
        front = {"status": self.status, "name": self.name, "preferred_name": None,
                 "dob": self.dob, "plan_date": self.plan_date, "draft_date": None,
                 "issue_date": None, "review_date": None, "request_date": None,
                 "signed_date": None, "school_year": None, "primary_need": None,
                 "primary_need_code": None, "placement": None}
        if self.status == "draft":
            front["draft_date"] = self.plan_date
        elif self.status == "final":
            front["issue_date"] = self.plan_date
        for key, value in self.front.items():
            assert key in front, key
            front[key] = seg.uk_date(value) if key.endswith("_date") and isinstance(value, str) \
                else value
        return front

    def segmentation(self, out_dir):
        sections, items, advice = seg.segment(self.record)
        seg.write(os.path.join(out_dir, self.stem + ".segmentation.yaml"),
                  document=self.stem + ".docx", layout=self.layout, as_of=AS_OF,
                  front=self.front_matter(), dob=self.dob, plan_date=self.plan_date,
                  sections=sections, items=items, advice=advice)

    def save(self, out_dir):
        self.doc.save(os.path.join(out_dir, self.stem + ".docx"))
        with open(os.path.join(out_dir, self.stem + ".labels.yaml"), "w",
                  encoding="utf-8", newline="\n") as f:
            f.write(self.labels_yaml())
        self.segmentation(out_dir)

    def section_text(self, code):
        return "\n".join(self.text.get(code, []))


def advice_table(plan, rows):
    """Section K as a table: (advice, given by, date)."""
    plan.table([["Advice or information", "Given by (name and role)", "Date"]] + rows,
               col_widths=[34, 46, 20])


def provision_table(plan, rows, headers=("Provision", "How often / how much", "Delivered by")):
    plan.table([list(headers)] + rows, col_widths=[46, 27, 27])


def signature(plan, who, date_text):
    plan.p([R("Signed on behalf of %s: " % plan.authority, bold=True), who])
    if date_text:
        plan.p([R("Date: ", bold=True), date_text])


# ============================================================================================
# 1. final-good-lettered-y10 — a good final plan, Year 10, amended after annual review.
#    Word heading styles; nested table and merged cells in the provision table.
# ============================================================================================
def plan_final_good_lettered_y10():
    pl = Plan("final-good-lettered-y10", authority="Westmere Borough Council", status="final",
              layout="lettered", name="Ayesha Khan", dob="2011-02-14", plan_date="2026-03-02",
              titles=LETTERED, heading_style="Heading1", sub_style="Heading2")
    pl.p(R("Westmere Borough Council", bold=True, size=14))
    pl.p("Special Educational Needs and Disabilities (SEND) Service")
    pl.doc.title("Education, Health and Care Plan – amended following annual review (Final)")
    pl.labels_table([
        ("Name", "Ayesha Khan"),
        ("Date of birth", "14th February 2011"),
        ("NHS number", "999 014 2231"),
        ("Unique pupil number (UPN)", "W823400112045"),
        ("Year group", "Year 10"),
        ("Current setting", "Kingsmead Academy"),
        ("Primary need", "Autism (ASD)"),
        ("Date of last annual review", "28 January 2026"),
        ("Date this plan was issued", "2 March 2026"),
        ("Next annual review due by", "27 January 2027"),
        ("SEND caseworker", "Rebecca Lowe, SEND Assessment and Review Team"),
    ])
    pl.p("This plan sets out Ayesha's special educational needs, the outcomes she is working "
         "towards and the provision that will help her achieve them. The section letters follow "
         "the Special Educational Needs and Disability Regulations 2014.", italic=True)
    pl.page_break()

    pl.section("A")
    pl.sub("About me")
    pl.p("My name is Ayesha and I am 15. I am in Year 10 at Kingsmead Academy. I live with my "
         "mum, my dad and my younger brother Imran, who is 11. I love animals, especially our two "
         "rabbits, Biscuit and Pepper, and I know a lot about reptiles. I draw every day and I "
         "keep my sketchbooks in order by date.")
    pl.sub("What is important to me")
    pl.bullets([
        "Knowing what is happening next, and being told early if something changes.",
        "Having a quiet place to eat my lunch.",
        "My art, my sketchbooks and my rabbits.",
        "Being believed when I say I am overwhelmed.",
    ])
    pl.sub("How to communicate with me")
    pl.p("I understand things best when they are written down. Please give me time to answer: "
         "I need about ten seconds before I speak. I do not like being asked questions in front "
         "of the whole class, and I will not look at you while I am thinking, but I am "
         "listening.")
    pl.sub("My hopes for the future")
    pl.p("I want to be a veterinary nurse. I would like to do my work experience at a vet's "
         "practice and then study animal care at college. When I am older I want to live in my "
         "own flat with my pets, and I want to learn to drive.")
    pl.sub("What my parents say")
    pl.p("Farah and Saeed Khan say Ayesha has grown in confidence since Year 9, when her "
         "anxiety kept her off school for several weeks. They are proud of how hard she works. "
         "They hope she will sit her GCSEs in a calm setting and go on to college to study "
         "animal care. Their main worry is her travelling on busy buses on her own.")
    pl.sub("My history")
    pl.p("Ayesha was diagnosed with autism at the Westmere Child Development Centre in 2014. She "
         "had a Statement of Special Educational Needs from 2015, which was transferred to an "
         "EHC plan in 2017. She joined Kingsmead Academy in Year 7, in September 2022.")
    pl.page_break()

    pl.section("B")
    pl.p("Ayesha's primary area of need is communication and interaction. Her strengths matter "
         "as much as her needs: she reads fluently, has an excellent memory for facts, and is "
         "predicted grade 6 in Biology and in Art.")
    pl.sub("Communication and interaction")
    pl.p("Ayesha is autistic. She takes language literally and misreads sarcasm, idioms and "
         "indirect instructions such as \u201cCan you get your books out?\u201d. In group work "
         "she finds it hard to join a discussion: she either stays silent or talks at length "
         "about her own topic. She follows two-part spoken instructions but loses the third "
         "part of longer ones.")
    pl.sub("Cognition and learning")
    pl.p("Her verbal reasoning is in the average range and her processing speed is in the low "
         "average range (educational psychologist, November 2025). She knows the content of "
         "her subjects well but cannot organise it into paragraphs for extended answers in "
         "English and History without a planning structure.")
    pl.sub("Social, emotional and mental health")
    pl.p("Ayesha experiences high anxiety at changes between lessons, in unstructured time and "
         "before tests. When anxious she shuts down, puts her hood up and cannot speak. In the "
         "autumn term of Year 9 she missed 23 school days because of anxiety; her attendance "
         "this year is 94%.")
    pl.sub("Sensory and/or physical")
    pl.p("Ayesha is very sensitive to noise. Busy corridors, the dining hall and fire alarms "
         "cause her distress, and she wears ear defenders in practical lessons.")

    pl.section("C")
    pl.p("Ayesha has a diagnosis of autism spectrum disorder (Westmere Child Development "
         "Centre, 2014). She has generalised anxiety disorder, diagnosed by Westmere Child and "
         "Adolescent Mental Health Services (CAMHS) in March 2025, and she is receiving "
         "treatment from CAMHS.")
    pl.p("She has difficulty getting to sleep and takes melatonin, prescribed by her consultant "
         "community paediatrician, Dr Sarah Whitcombe. When she sleeps badly her anxiety in "
         "school rises. Ayesha is otherwise fit and active.")

    pl.section("D")
    pl.p("No social care needs have been identified; the family were asked and confirmed this.")
    pl.p("Mr and Mrs Khan know they can ask Westmere Children's Services for an assessment at "
         "any time.")
    pl.page_break()

    pl.section("E")
    pl.p("The outcomes below run to the end of Year 11 (July 2027). Each has a step to reach by "
         "the next annual review in January 2027.")
    pl.table([
        ["Area", "Outcome", "Step by the next annual review (January 2027)"],
        ["Communication and interaction",
         "By the end of Year 11 (July 2027), Ayesha will make at least two relevant points in "
         "small-group discussions of four or five students in English and Science, in 4 out of "
         "5 lessons observed.",
         "Ayesha will ask a member of staff to explain an instruction she has not understood, "
         "in words or with her question card, at least three times a week."],
        ["Cognition and learning",
         "By July 2027, Ayesha will plan and write a five-paragraph answer independently in 45 "
         "minutes, using a planning frame, in her English Language and History mock exams.",
         "Ayesha will complete a planning frame without adult help for 3 extended answers each "
         "half-term."],
        ["Social, emotional and mental health",
         "By July 2027, Ayesha will use her anxiety plan to notice when she is becoming anxious "
         "and choose a calming strategy, so that she is in lessons for at least 95% of "
         "timetabled time each half-term.",
         "Ayesha will name her three warning signs and her two best calming strategies to her "
         "mentor, and use her exit card no more than twice a day."],
        ["Sensory and/or physical",
         "By January 2027, Ayesha will tell staff when a noisy space is becoming too much and "
         "move to her agreed quiet area without shutting down, on 9 out of 10 recorded "
         "occasions.",
         "Ayesha will carry her ear defenders to every practical lesson and put them on "
         "without a reminder."],
        ["Employment (preparing for adulthood)",
         "By the end of Year 10 (July 2026), Ayesha will complete a two-week work experience "
         "placement at a veterinary practice and write a reflection naming two skills she "
         "used, as a step towards becoming a veterinary nurse.",
         "Ayesha will have chosen her college course and applied for it by 31 January 2027."],
        ["Independent living (preparing for adulthood)",
         "By her 16th birthday (February 2027), Ayesha will travel by bus on her own from home "
         "to Westmere College and back, following her travel plan, on three separate "
         "occasions.",
         "Ayesha will buy her weekly bus pass and her lunch from a budget of \u00a315 for 4 "
         "weeks in a row."],
        ["Friends, relationships and community (preparing for adulthood)",
         "By July 2027, Ayesha will go to the Westmere Young Naturalists group with a friend on "
         "at least 10 Saturday mornings and tell her mentor what she enjoyed.",
         "Ayesha will have gone to the group 3 times, with her mum waiting nearby."],
        ["Good health (preparing for adulthood)",
         "By July 2027, Ayesha will go into her CAMHS and GP appointments on her own and "
         "explain how she has been, with her mum in the waiting room, at 3 appointments.",
         "Ayesha will write her own list of questions before each CAMHS appointment."],
    ], col_widths=[22, 44, 34])
    pl.page_break()

    pl.section("F")
    pl.p("Provision is delivered at Kingsmead Academy in term time (39 weeks a year).")
    grey = "EDEDED"
    mentoring_times = Table([["Day", "Time", "Place"],
                             ["Monday", "08:40–09:10", "Learning Hub"],
                             ["Thursday", "13:00–13:30", "Learning Hub"]],
                            col_widths=[34, 33, 33], width=2200, header_shade="F2F2F2")
    pl.table([
        ["Provision", "How often and for how long", "Delivered by"],
        [Cell("Communication and interaction", span=3, shade=grey, bold=True)],
        ["Direct speech and language therapy on understanding non-literal language and "
         "joining a group discussion, 1:1.",
         "6 sessions of 45 minutes each half-term (36 a year)",
         Cell("Specialist speech and language therapist, Westmere Community Health NHS Trust, "
              "commissioned by the local authority", vmerge="restart")],
        ["Training for all of Ayesha's subject teachers in autism-friendly language and "
         "written instructions.",
         "One 1-hour session each term (3 a year)",
         Cell(vmerge="continue")],
        ["Social communication group (Talkabout programme) with three Year 10 students.",
         "1 session of 50 minutes each week; group of 4",
         "Learning support assistant trained in Talkabout, supervised by the speech and "
         "language therapist each half-term"],
        ["Every instruction of more than two steps is given in writing as well as spoken, and "
         "Ayesha has 10 seconds to process a question before she is expected to answer.",
         "Every lesson",
         "All subject teachers; checked by the SENCo through lesson visits each half-term"],
        [Cell("Cognition and learning", span=3, shade=grey, bold=True)],
        ["Explicit teaching of planning frames for extended answers, 1:1 in the Learning Hub.",
         "2 sessions of 30 minutes each week",
         "Specialist SEN teacher (qualified teacher holding the National Award for SEN "
         "Co-ordination)"],
        ["25% extra time and a separate room with no more than 8 candidates in all internal "
         "and external exams.",
         "Every test and exam",
         "Exams officer; assessment by the SENCo, a qualified access arrangements assessor"],
        [Cell("Social, emotional and mental health", span=3, shade=grey, bold=True)],
        ["Mentoring session to review the week and rehearse Ayesha's anxiety plan.",
         [P("2 sessions of 30 minutes each week:"), mentoring_times],
         "Learning mentor (Miss Lucy Grant), trained in the Zones of Regulation"],
        ["Exit card: Ayesha shows her card, or uses her agreed phrase \u201cI might need a "
         "minute\u201d, and goes to the Learning Hub for a maximum of 10 minutes.",
         "Every lesson; each use is logged and the log is reviewed every 2 weeks",
         "Subject teachers and Learning Hub staff; log reviewed by the SENCo"],
        ["Staffed lunch club in the Learning Hub.",
         "Daily, 12:20–13:00",
         "Two learning support assistants"],
        ["Ayesha leaves each lesson 3 minutes before the bell to avoid crowded corridors.",
         "Every lesson change (5 a day)",
         "Subject teachers"],
        [Cell("Sensory and/or physical", span=3, shade=grey, bold=True)],
        ["Ear defenders kept in Ayesha's bag and in each science laboratory; Ayesha is told "
         "about planned fire drills in advance.",
         "Daily; drill warnings given by 08:45 on the day",
         "Form tutor and site manager"],
        [Cell("Preparing for adulthood", span=3, shade=grey, bold=True)],
        ["Careers guidance interviews and a written careers action plan.",
         "2 interviews of 45 minutes in Year 10 (spring and summer terms) and 2 in Year 11",
         "Careers adviser qualified to Level 6, Westmere Careers Service"],
        ["Supported work experience at Riverside Veterinary Practice, with a preparatory "
         "visit.",
         "10 days in July 2026, plus one 1-hour visit in June 2026",
         "Work-related learning co-ordinator; the learning mentor visits on days 1 and 6"],
        ["Independent travel training on the bus route to Westmere College: accompanied, then "
         "shadowed, then followed at a distance.",
         "12 sessions of 1 hour, April to July 2026",
         "Westmere Independent Travel Training team"],
        ["Money skills (budgeting for a bus pass and lunches) in the Life Skills option.",
         "1 lesson of 50 minutes each week",
         "Life Skills teacher"],
        ["Planning visits to the Westmere Young Naturalists group with a friend.",
         "3 sessions of 20 minutes in the autumn term 2026",
         "Learning mentor"],
    ], col_widths=[46, 27, 27])
    pl.page_break()

    pl.section("G")
    pl.table([
        ["Health provision", "How often and for how long", "Provided by"],
        ["Cognitive behavioural therapy for anxiety, adapted for autistic young people.",
         "12 weekly sessions of 50 minutes from April 2026, then a review after 3 months",
         "Clinical psychologist, Westmere CAMHS"],
        ["Review of sleep and of the melatonin prescription.",
         "Every 6 months (next in September 2026)",
         "Dr Sarah Whitcombe, consultant community paediatrician"],
        ["Written anxiety plan, shared with school and reviewed with Ayesha and her parents.",
         "Once each term (3 times a year)",
         "CAMHS clinician with the school SENCo"],
        ["Planning meeting for the move from CAMHS to adult mental health services.",
         "Once, in February 2028 when Ayesha turns 17",
         "CAMHS transition lead"],
    ], col_widths=[46, 27, 27])

    pl.section("H1")
    pl.p("No social care provision under section 2 of the Chronically Sick and Disabled "
         "Persons Act 1970 is required, because no social care needs are recorded in Section D.")
    pl.section("H2")
    pl.p("No other social care provision is required.")

    pl.section("I")
    pl.p([R("Name of institution: ", bold=True), "Kingsmead Academy, Hollow Lane, Westmere "
          "WM4 2RT"])
    pl.p([R("Type of institution: ", bold=True), "Mainstream secondary academy (11–18)"])

    pl.section("J")
    pl.p("Ayesha's parents were told about personal budgets at the annual review meeting on 28 "
         "January 2026. They have chosen not to request one at present and can ask for one at "
         "any time through the SEND caseworker named on the front page.")
    pl.page_break()

    pl.section("K")
    pl.p("The following advice and information were considered in writing this amended plan.")
    advice_table(pl, [
        ["Ayesha's views", "Ayesha Khan, with Miss Lucy Grant (learning mentor)",
         "22 January 2026"],
        ["Parents' views", "Farah and Saeed Khan (parents)", "20 January 2026"],
        ["Educational advice and annual review report",
         "Mr Daniel Hughes, SENCo, Kingsmead Academy", "28 January 2026"],
        ["Medical advice", "Dr Sarah Whitcombe, consultant community paediatrician",
         "7 January 2026"],
        ["Psychological advice", "Dr Helen Marsh, educational psychologist, Westmere "
         "Educational Psychology Service", "14 November 2025"],
        ["Social care advice", "Westmere Children's Services, Early Help and Assessment Hub "
         "(letter confirming no involvement)", "9 January 2026"],
        ["Preparing for adulthood advice", "Ms Jo Pritchard, careers adviser, Westmere Careers "
         "Service", "15 January 2026"],
        ["Speech and language therapy advice", "Ms Claire Dunn, specialist speech and language "
         "therapist", "12 December 2025"],
        ["CAMHS report", "Dr Amit Rao, clinical psychologist, Westmere CAMHS",
         "18 December 2025"],
    ])
    signature(pl, "Rebecca Lowe, SEND Caseworker", "2 March 2026")

    # ---- labels -------------------------------------------------------------------------
    pl.no("structure.section-empty", "D",
          "D states that no social care needs were found and that the family confirmed it: "
          "an explicit statement, not an empty section")
    pl.no("structure.section-empty", "H1",
          "H1 explains that no provision is needed because D records no needs")
    pl.no("stale.obsolete-terminology", "A",
          "'Statement of Special Educational Needs' is plainly history: it was transferred "
          "to an EHC plan in 2017")
    pl.no("provision.vague", "F",
          "'might' appears only inside Ayesha's quoted phrase on the exit-card row")
    pl.no("stale.outcome-date-passed", "E",
          "the work-experience outcome is due July 2026: after the plan date (2 March 2026), "
          "even though it is before the audit date")
    pl.no("consistency.other-name", None,
          "Imran (brother), Farah and Saeed (parents), Biscuit and Pepper (rabbits) and the "
          "named professionals are all introduced as other people")
    pl.no("social-care.needs-unrecorded", "D",
          "nothing outside D mentions social work, short breaks or care support")
    pl.no("stale.age-mismatch", "A", "'I am 15' and 'Year 10' match the date of birth; "
          "'who is 11' is her brother's age, and 'Year 7, in September 2022' and 'since Year "
          "9' are history")
    pl.no("provision.no-provider", "F",
          "the teacher-training row's 'Delivered by' cell is vertically merged with the row "
          "above (the speech and language therapist); the shaded full-width rows are area "
          "headings, not provision items")
    pl.no("outcomes.not-time-bound", "E",
          "every outcome has a date; the short steps sit in a column headed 'Step by the next "
          "annual review (January 2027)'")
    pl.no("pfa.area-missing", "E",
          "employment, independent living, community and health outcomes are all present")
    pl.no("advice.required-missing", "K",
          "all required kinds are listed, including preparing-for-adulthood advice from a "
          "careers adviser (Year 10)")
    return pl


# ============================================================================================
# 2. draft-poor-numbered-y3 — a poor draft, Year 3: names a school in Section I, vague and
#    unquantified provision, poor outcomes, leftovers from another child's plan. Custom
#    heading style (LAHeading -> LAHeadingBase -> Heading2). Tracked changes and a comment,
#    which are normal in a draft.
# ============================================================================================
def plan_draft_poor_numbered_y3():
    pl = Plan("draft-poor-numbered-y3", authority="Ashcombe County Council", status="draft",
              layout="numbered", name="Riley Thompson", dob="2019-03-03",
              plan_date="2026-11-09", titles=numbered_titles({"*": " – "}),
              heading_style="LAHeading", sub_style="LASubHeading")
    rev = dict(author="Karen Webb (SEND Officer)", date="2026-11-06T14:20:00Z")
    pl.p(R("Ashcombe County Council – Children's Services", bold=True))
    pl.doc.title("Draft Education, Health and Care Plan")
    pl.p("This is a draft plan. Please send any comments, and the name of the school you would "
         "like Riley to attend, to the SEND team within 15 days of receiving it.", italic=True)
    for label, value in [("Name", "Riley Thompson"), ("Date of birth", "03/03/2019"),
                         ("Year group", "Year 3"), ("Current school", "Oakfield Primary School"),
                         ("Date of draft", "9 November 2026"),
                         ("Request for assessment received", "26 June 2026"),
                         ("SEND officer", "Karen Webb")]:
        pl.p([R(label + ": ", bold=True), value])
    pl.page_break()

    pl.section("A")
    pl.sub("About me")
    pl.revisions([("Riley is 7 and is in Year 3 at Oakfield Primary School. Riley told us he "
                   "loves dinosaurs, Lego and going to the park with his dad", None),
                  (" and going swimming on Sundays", "ins"),
                  (". He said, \u201cI don't like it when it's loud at dinner time.\u201d", None)],
                 **rev)
    pl.p("Riley wants to be a train driver when he grows up.")
    pl.sub("My family's views")
    pl.p("Riley's mum, Kelly Thompson, says Riley is kind and funny but gets cross when people "
         "do not understand him. She hopes he will make friends in his class and learn to "
         "read.")

    pl.section("B")
    pl.sub("Communication and interaction")
    pl.p("Riley's speech is hard to understand: unfamiliar adults understand about half of what "
         "he says. He uses sentences of three or four words and finds it hard to explain what "
         "has happened.")
    pl.sub("Cognition and learning")
    pl.p("Riley is working within the P scales for reading and writing. He knows 12 letter "
         "sounds and can write his first name. He has been on School Action Plus since "
         "Reception.")
    pl.sub("Social, emotional and mental health")
    pl.p("She finds it hard to wait her turn and becomes upset when a game is lost. When "
         "frustrated Riley sometimes hits out at other children.")

    pl.section("C")
    pl.p("Riley is fit and well. His hearing was tested by the audiology service in June 2026 "
         "and was within the normal range.")

    pl.section("D")
    pl.p("Riley's family have not asked for social care support, and no social care needs "
         "were identified during the assessment.")
    pl.page_break()

    pl.section("E")
    pl.bullets([
        "Riley will improve social interaction skills with peers.",
        "Riley will receive speech and language therapy to help with his speech.",
        "Riley will develop his reading.",
        "Riley will gain paid employment in a local business.",
        "By the end of Year 3 (July 2027), Riley will wait for his turn in a board game with "
        "three other children, without an adult prompting him, on 4 out of 5 occasions.",
    ])

    pl.section("F")
    pl.bullets([
        "Jordan will have access to a quiet area when upset.",
        "Regular speech and language therapy as appropriate.",
        "Small-group phonics (Read Write Inc.), 3 sessions of 20 minutes a week in a group of "
        "4, delivered by a teaching assistant trained in Read Write Inc.",
        "Opportunities to practise turn-taking games.",
    ])
    pl.revisions([("Adult support at playtimes ", None), ("on some days", "del"),
                  ("every day for 15 minutes, from a named teaching assistant", "ins"),
                  (".", None)], **rev)
    pl.comment("Riley will be supported in class where possible.",
               "Please quantify: how many hours, and who provides this?",
               author="Sam Price (Team Manager)", initials="SP", date="2026-11-07T09:05:00Z")

    pl.section("G")
    pl.p("As no health needs are identified in Section 3 (C), no health provision is "
         "specified.")
    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No social care provision is required.")
    pl.section("I")
    pl.p("Oakfield Primary School (mainstream community primary school).")
    pl.section("J")
    pl.p("N/A")
    pl.page_break()

    pl.section("K")
    advice_table(pl, [
        ["Parent's views", "Kelly Thompson (mother)", "14 September 2026"],
        ["Riley's views", "Gathered by Mrs Dawn Ellery, class teacher", "21 September 2026"],
        ["Educational advice", "Mrs Sian Hart, SENCo, Oakfield Primary School",
         "28 September 2026"],
        ["Medical advice", "Dr Ruth Ellis, community paediatrician, Ashcombe Community Health "
         "Services NHS Trust", "1 October 2026"],
        ["Speech and language therapy advice", "Ms Nadia Begum, speech and language therapist",
         "5 October 2026"],
        ["Social care advice", "Ashcombe Children's Services, Early Help Hub (no involvement)",
         "24 September 2026"],
    ])

    # ---- labels -------------------------------------------------------------------------
    pl.exp("draft.names-school", "I",
           "a draft whose Section I names Oakfield Primary School and its type")
    pl.exp("structure.section-empty", "J", "Section J says only 'N/A'")
    pl.exp("outcomes.generic", "E",
           "'Riley will improve social interaction skills with peers.' is word for word the "
           "outcome in two other samples (names masked)")
    pl.exp("outcomes.not-time-bound", "E", "'improve social interaction skills with peers' "
           "has no time frame")
    pl.exp("outcomes.not-time-bound", "E", "'receive speech and language therapy' has no "
           "time frame")
    pl.exp("outcomes.not-time-bound", "E", "'develop his reading' has no time frame")
    pl.exp("outcomes.not-time-bound", "E", "'gain paid employment' has no time frame")
    pl.exp("outcomes.not-measurable", "E", "'improve social interaction skills' names no "
           "observable behaviour or level")
    pl.exp("outcomes.not-measurable", "E", "'develop his reading' names nothing checkable")
    pl.exp("outcomes.service-led", "E", "'Riley will receive speech and language therapy' is "
           "a service, not a benefit to Riley")
    pl.exp("pfa.age-inappropriate", "E", "a paid-employment outcome for a 7-year-old")
    pl.exp("provision.vague", "F", "'access to a quiet area when upset'")
    pl.exp("provision.vague", "F", "'Regular ... as appropriate'")
    pl.exp("provision.vague", "F", "'Opportunities to practise turn-taking games'")
    pl.exp("provision.vague", "F", "'supported in class where possible'")
    pl.exp("provision.not-quantified", "F", "the quiet area: no frequency or amount")
    pl.exp("provision.not-quantified", "F", "speech and language therapy: no amount")
    pl.exp("provision.not-quantified", "F", "turn-taking games: no amount")
    pl.exp("provision.not-quantified", "F", "class support: no hours")
    pl.exp("provision.no-provider", "F", "the quiet area item says nobody delivers it")
    pl.exp("provision.no-provider", "F", "turn-taking games: no one named")
    pl.exp("provision.no-provider", "F", "class support: no one named")
    pl.exp("consistency.other-name", "F", "'Jordan will have access to a quiet area' in "
           "Riley's plan")
    pl.exp("consistency.pronoun-mixed", "B", "'She finds it hard to wait her turn' about "
           "Riley, who is 'he' everywhere else")
    pl.exp("stale.obsolete-terminology", "B", "'working within the P scales'")
    pl.exp("stale.obsolete-terminology", "B", "'on School Action Plus since Reception'")
    pl.exp("advice.required-missing", "K", "no psychological advice from an educational "
           "psychologist")
    pl.no("final.open-revisions", None, "draft plan: its tracked changes in A and F and the "
          "team manager's comment are normal while drafting")
    pl.no("health.provision-missing", "G", "C records no health needs, and G says so")
    pl.no("outcomes.not-aspirational", "E", "outcomes aim at change, and the social "
          "interaction and reading outcomes link to the hopes (friends, reading) in A")
    pl.no("outcomes.education-only", "E", "C and D record no needs")
    pl.no("stale.age-mismatch", "A", "'Riley is 7 and is in Year 3' matches 03/03/2019")
    pl.no("golden-thread.need-without-provision", "F", "every area in B has some provision "
          "in F, however poorly written")
    pl.no("consistency.other-name", "A", "Kelly Thompson is Riley's mother, introduced as such")
    pl.no("structure.section-empty", "G", "G states that no health provision is needed")
    pl.no("structure.section-empty", "H1", "'No social care provision is required.' is an "
          "explicit statement")
    pl.no("structure.section-empty", "H2", "'No social care provision is required.' is an "
          "explicit statement")
    pl.no("timeliness.over-20-weeks", None, "draft plan: request date stated but there is no "
          "final issue date")
    pl.unjudged("health.needs-unrecorded",
                why="C says Riley is fit and well while F mentions speech and language therapy; "
                    "whether that therapy is a health need here is debatable")
    return pl


# ============================================================================================
# 3. draft-good-numbered-age3 — a good draft for a 3-year-old in nursery (moving to Reception
#    in September 2027). Front matter in block-level and inline content controls; tracked
#    changes (normal in a draft). Section I lawfully leaves the school unnamed.
# ============================================================================================
def plan_draft_good_numbered_age3():
    pl = Plan("draft-good-numbered-age3", authority="Hollinsford City Council", status="draft",
              layout="numbered", name="Maisie Clarke", dob="2023-01-10",
              plan_date="2026-11-16", titles=numbered_titles({"*": ": "}),
              heading_style="Heading2", sub_style="Heading3")
    rev = dict(author="Tariq Hussain (EHC Co-ordinator)", date="2026-11-13T11:00:00Z")
    pl.p(R("Hollinsford City Council", bold=True, size=14))
    pl.p("Special Educational Needs and Disabilities Service", style="Subtitle")
    pl.doc.title("Draft Education, Health and Care Plan")
    pl.control("ChildName", "Maisie Clarke", label="Child's name")
    pl.control("DateOfBirth", "10 January 2023", label="Date of birth")
    pl.control("NHSNumber", "999 273 5540", label="NHS number")
    pl.control("Setting", "Little Acorns Day Nursery", label="Current setting", inline=True)
    pl.control("DraftDate", "16 November 2026", label="Date of draft plan", inline=True)
    pl.control("ReviewNote", "Six-monthly, as Maisie is under 5 (first review by May 2027)",
               label="Review arrangements", inline=True)
    pl.control("Coordinator", "Tariq Hussain, EHC Co-ordinator", label="EHC co-ordinator",
               inline=True)
    pl.page_break()

    pl.section("A")
    pl.sub("About Maisie")
    pl.p("Maisie is 3 years old and goes to Little Acorns Day Nursery five mornings a week. She "
         "lives with her mum and dad, Laura and Ben, and her big brother Alfie, who is 6.")
    pl.sub("What Maisie shows us she likes")
    pl.p("Maisie cannot yet tell us her views in words, so her key person, Jade, and her "
         "parents have written down what Maisie shows us. Maisie likes water play, bubbles "
         "and the song \u201cWind the Bobbin Up\u201d: she smiles, claps and signs "
         "\u201cmore\u201d. She likes sitting with Alfie to look at animal books. She shows she "
         "is unhappy by pushing things away and turning her head, and she dislikes the hand "
         "dryer in the bathroom.")
    pl.sub("How to communicate with Maisie")
    pl.p("Use short sentences with Makaton signs, get down to her level, and wait for her to "
         "answer. Maisie understands more than she can say.")
    pl.sub("Hopes for the future")
    pl.p("Laura and Ben hope Maisie will go to school with children she knows from nursery, "
         "talk in short sentences and be able to feed and dress herself. In the longer term "
         "they hope she will have a job she enjoys and live as independently as she can.")

    pl.section("B")
    pl.p("Maisie has Down syndrome. She has needs in each of the four broad areas.")
    pl.sub("Communication and interaction")
    pl.p("Maisie uses about 20 Makaton signs and 5 single words (\u201cmum\u201d, "
         "\u201cdad\u201d, \u201cmore\u201d, \u201cno\u201d, \u201cAlfie\u201d). She "
         "understands simple instructions in familiar routines, such as \u201ccoat on\u201d, "
         "when they are signed as well as spoken.")
    pl.sub("Cognition and learning")
    pl.p("Maisie's play is at about the level of an 18-month-old: she enjoys cause-and-effect "
         "toys and is starting to post shapes. She needs many repetitions to learn a new "
         "routine.")
    pl.sub("Social, emotional and mental health")
    pl.p("Maisie is affectionate and watches other children closely, but she plays alongside "
         "them rather than with them and finds it hard to wait or share.")
    pl.sub("Sensory and/or physical")
    pl.p("Maisie has low muscle tone. She has walked since the age of 2 but tires quickly, "
         "falls often on uneven ground and cannot yet manage steps without holding a hand. Glue "
         "ear gives her a mild hearing loss in both ears, so she misses speech in noisy rooms.")

    pl.section("C")
    pl.p("Maisie had surgery to repair a heart defect (atrioventricular septal defect) when she "
         "was 5 months old; the cardiology team review her once a year. She has an underactive "
         "thyroid and takes levothyroxine at home each morning. She has glue ear in both ears, "
         "monitored by the audiology service. Low muscle tone affects her walking and her "
         "eating: she needs her food cut into small pieces and is learning to chew.")

    pl.section("D")
    pl.p("No social care needs have been identified; the family were asked and confirmed this.")
    pl.page_break()

    pl.section("E")
    pl.p("Maisie's outcomes run to the end of her time in nursery (July 2027), with steps "
         "checked at her six-monthly review in May 2027.")
    pl.table([
        ["Area", "Outcome"],
        ["Communication and interaction",
         "By July 2027, Maisie will use 50 Makaton signs or words to ask for things she wants, "
         "with familiar adults, across a week of nursery sessions."],
        ["Cognition and learning",
         "By May 2027, Maisie will complete a 4-piece inset puzzle and a posting game without "
         "help on 3 days in a week."],
        ["Social, emotional and mental health",
         "By July 2027, Maisie will take turns with one other child in a short game (rolling "
         "a ball, a pop-up toy) for 5 turns each, with her key person nearby, on 4 days out "
         "of 5."],
        ["Sensory and/or physical",
         "By July 2027, Maisie will walk from the nursery door to the garden (about 20 metres) "
         "and climb two steps holding the rail, without an adult's hand, on 4 days out of 5."],
        ["Hearing",
         "By May 2027, Maisie will turn when her name is called from 2 metres in a quiet room "
         "on 4 out of 5 tries."],
        ["Health and self-care (preparing for adulthood, early steps)",
         "By May 2027, Maisie will drink from an open cup and feed herself with a spoon at "
         "every lunchtime for a week."],
        ["Making choices (preparing for adulthood, early steps)",
         "By May 2027, Maisie will choose between two snacks or two activities by pointing or "
         "signing, every snack time for two weeks."],
        ["Starting school",
         "By the end of her first half-term in Reception (October 2027), Maisie will join "
         "whole-class song time for 5 minutes, sitting with the other children."],
    ], col_widths=[28, 72])
    pl.revisions([("Maisie's parents asked for the puzzle outcome to be checked at the ", None),
                  ("March", "del"), ("May", "ins"), (" review.", None)], **rev)

    pl.section("F")
    provision_table(pl, [
        ["Key person support in all nursery sessions: 1:1 for personal care, meals and "
         "outdoor play; 1 adult to 3 children in group activities.",
         "15 hours a week (5 sessions of 3 hours), 38 weeks a year",
         "Key person (Level 3 early years practitioner) trained in Makaton Foundation"],
        ["Makaton signing with all spoken language used with Maisie; one new sign taught each "
         "day.", "Every session", "All room staff, led by the key person"],
        ["Social and emotional development: turn-taking and sharing games with one other "
         "child.", "3 sessions of 10 minutes each day", "Key person"],
        ["Direct speech and language therapy, with a written programme for nursery and home.",
         "A block of 6 sessions of 45 minutes each term",
         "Speech and language therapist, Hollinsford Children's Therapy Service"],
        ["Structured play programme: turn-taking, cause and effect, early number through song.",
         "Specialist teacher visit of 1 hour every 4 weeks; key person delivers the programme "
         "3 times a week for 15 minutes",
         "Specialist early years teacher, Hollinsford Early Years Inclusion Team, and the key "
         "person"],
        ["Advice on listening conditions, a quiet corner for 1:1 work and checks of Maisie's "
         "hearing.",
         "1 visit of 1 hour each half-term (6 a year)",
         "Qualified Teacher of the Deaf, Hollinsford Sensory Support Service"],
        ["Daily motor programme from the physiotherapist's plan: walking practice, step "
         "practice and floor play.",
         "2 sessions of 15 minutes each day",
         "Key person, trained by the paediatric physiotherapist"],
        ["Transition to Reception: a meeting with the new class teacher and SENCo in May 2027; "
         "3 visits to the new class with her key person in June and July 2027; a photo book "
         "of the new setting to share at home.",
         "1 meeting and 3 visits of 1 hour, summer term 2027",
         "Nursery SENCo and key person"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Cardiology review.", "Once a year (next due March 2027)",
         "Paediatric cardiologist, Hollinsford Royal Infirmary"],
        ["Thyroid blood test and review of levothyroxine.", "Every 6 months",
         "Consultant paediatrician, Hollinsford Child Development Centre"],
        ["Physiotherapy assessment and programme, reviewed at nursery.",
         "1 session of 45 minutes every 6 weeks",
         "Paediatric physiotherapist, Hollinsford Children's Therapy Service"],
        ["Hearing test and review of glue ear.", "Every 6 months",
         "Paediatric audiologist, Hollinsford Audiology Service"],
        ["Eating and swallowing assessment and a written eating plan for nursery.",
         "One visit in January 2027 and a review 3 months later",
         "Speech and language therapist specialising in eating and drinking"],
    ], headers=("Health provision", "How often", "Provided by"))

    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No social care provision is required.")

    pl.section("I")
    pl.p("In line with section 38(5) of the Children and Families Act 2014, this draft plan "
         "does not name a school or type of school. Maisie's parents are asked for their "
         "preference; the name and type of the setting where Maisie will start Reception in "
         "September 2027 will be set out in the final plan.")

    pl.section("J")
    pl.p("Maisie's parents have been given information about personal budgets and have decided "
         "not to request one at this stage. They can ask for one before the plan is finalised "
         "or at any review.")
    pl.page_break()

    pl.section("K")
    advice_table(pl, [
        ["Parents' views and information", "Laura and Ben Clarke (parents)",
         "9 September 2026"],
        ["Educational advice", "Ms Jade Morris, key person, and Mrs Helen Price, SENCo, Little "
         "Acorns Day Nursery", "22 September 2026"],
        ["Medical advice", "Dr Priya Nair, consultant community paediatrician",
         "30 September 2026"],
        ["Psychological advice", "Dr Tom Ashworth, educational psychologist",
         "2 October 2026"],
        ["Social care advice", "Hollinsford Children's Services, Early Help and Assessment "
         "(no involvement; no assessment requested)", "25 September 2026"],
        ["Hearing impairment advice", "Mrs Anne Fielding, Qualified Teacher of the Deaf, "
         "Hollinsford Sensory Support Service", "6 October 2026"],
        ["Speech and language therapy advice", "Ms Keisha Brown, speech and language therapist",
         "28 September 2026"],
        ["Physiotherapy advice", "Mr Owen Lloyd, paediatric physiotherapist",
         "29 September 2026"],
    ])

    # ---- labels -------------------------------------------------------------------------
    pl.no("draft.names-school", "I",
          "Section I explains that the draft names no school or type, as the law requires; "
          "the nursery named in A and the front matter is her current setting, not a placement")
    pl.no("structure.section-empty", "I", "I holds an explanation, not a placeholder")
    pl.no("structure.section-empty", "D",
          "'No social care needs have been identified; the family were asked and confirmed "
          "this.' is an explicit statement")
    pl.no("final.open-revisions", None,
          "draft plan: the tracked change in Section E is normal while drafting")
    pl.no("pfa.age-inappropriate", "E",
          "the early preparing-for-adulthood steps (choosing, feeding herself) suit a "
          "3-year-old; the job and independent-living hopes are the parents' long-term "
          "aspirations in A, not outcomes")
    pl.no("voice.child-absent", "A",
          "Maisie's own views are recorded through what she shows: 'Maisie likes water play', "
          "signs 'more'")
    pl.no("transition.phase-transfer-missing", None,
          "nursery to Reception: Section E has a starting-school outcome and F a transition "
          "plan for September 2027")
    pl.no("advice.required-missing", "K",
          "hearing loss is a need, and advice from a Qualified Teacher of the Deaf is listed")
    pl.no("stale.age-mismatch", "A", "'Maisie is 3 years old' matches 10 January 2023; "
          "'who is 6' is her brother's age")
    pl.no("consistency.other-name", None,
          "Alfie (brother), Laura and Ben (parents) and Jade (key person) are introduced")
    pl.no("outcomes.education-only", "E",
          "health and self-care outcomes (open cup, spoon, walking) are present")
    pl.no("provision.vague", "F", "'May 2027' in the transition item is a month, not 'may'")
    return pl


# ============================================================================================
# 4. final-poor-lettered-y6 — a poor final, Year 6, issued in September 2025 and not reviewed
#    since. Custom heading style; the child's one-page profile sits in a text box; one
#    combined Section H.
# ============================================================================================
def plan_final_poor_lettered_y6():
    titles = dict(LETTERED)
    pl = Plan("final-poor-lettered-y6", authority="Westmere Borough Council", status="final",
              layout="lettered", name="Liam Carter", dob="2015-05-21", plan_date="2025-09-15",
              titles=titles, heading_style="LAHeading", sub_style="LASubHeading")
    pl.p(R("Westmere Borough Council", bold=True, size=14))
    pl.doc.title("Education, Health and Care Plan – amended following annual review (Final)")
    pl.labels_table([
        ("Child's name", "Liam Carter"),
        ("Date of birth", "21 May 2015"),
        ("School", "Westmere Park Primary School"),
        ("Year group", "Year 6"),
        ("Primary need", "Social, emotional and mental health (SEMH)"),
        ("Date of annual review meeting", "3 July 2025"),
        ("Date final amended plan issued", "15 September 2025"),
        ("SEND caseworker", "Martin Osei"),
    ])
    pl.page_break()

    pl.section("A")
    pl.text_box([
        P(R("All about me – in my words", bold=True)),
        "I like football, Minecraft and my dog Bruno. I support Westmere Rovers and I am good "
        "at drawing cartoons.",
        "I don't like writing lots because my hand hurts and the letters get muddled up.",
        "When I grow up I want to be a footballer or a PE teacher.",
        "What helps me: when teachers tell me what we are doing next, having something to "
        "fiddle with, and sitting near the front.",
    ], name="One-page profile")
    pl.p("Liam is 8 years old and lives with his mum, Jodie, and his two younger sisters. He "
         "goes to the Saturday short breaks club at Westmere Adventure Playground, which his "
         "social worker arranged in 2024.")
    pl.sub("Parent's views")
    pl.p("Jodie says Liam is loving and funny but that school has been hard for him since Year "
         "4. She hopes he can stay in a mainstream school and make good friends.")

    pl.section("B")
    pl.sub("Social, emotional and mental health")
    pl.p("Liam has attention deficit hyperactivity disorder (ADHD). He can concentrate on a "
         "task for about five minutes, calls out, and leaves the classroom three or four times "
         "a week when he is overwhelmed. After conflict at lunchtime he can take most of the "
         "afternoon to settle.")
    pl.sub("Cognition and learning")
    pl.p("Liam has dyslexic difficulties. He is working at the level expected at the end of "
         "Year 2 in reading and spelling, although his spoken vocabulary is good. His "
         "handwriting is slow and he avoids writing tasks.")

    pl.section("C")
    pl.p("Liam was diagnosed with ADHD by Dr Peter Okonjo, community paediatrician, in 2023. "
         "He takes methylphenidate each morning and at lunchtime. He has difficulty getting to "
         "sleep, and his appetite at lunchtime is reduced by his medication.")

    pl.section("D")
    pl.p("Liam has no social care needs at this time.")
    pl.page_break()

    pl.section("E")
    pl.bullets([
        "By July 2025, Liam will read a book banded at turquoise level with 90% accuracy.",
        "Liam will improve social interaction skills with peers.",
        "Liam will manage his emotions better.",
        "By the end of Year 6, Liam will write a paragraph of five sentences with correct "
        "capital letters and full stops, using a word bank, in 3 pieces of work each "
        "half-term.",
    ])

    pl.section("F")
    provision_table(pl, [
        ["Precision teaching for reading and spelling of high-frequency words.",
         "10 minutes daily", "Teaching assistant trained in precision teaching"],
        ["Regular check-ins with a trusted adult throughout the day.", "As needed", ""],
        ["Access to a movement break when Liam needs one.", "", ""],
        ["Touch-typing programme.", "3 sessions of 15 minutes a week", "Teaching assistant"],
        ["Social skills group.", "Weekly, 30 minutes, group of 4", "Learning mentor"],
        ["Zones of Regulation taught to the whole class.", "1 lesson of 30 minutes a week",
         "Class teacher"],
    ])

    pl.section("G")
    pl.bullets([
        "Paediatrician review as required.",
        "Lunchtime dose of methylphenidate given daily at 12:00 by trained office staff, "
        "following the school's medicines policy.",
    ])

    pl.section("H")
    pl.p("No social care provision is required.")

    pl.section("I")
    pl.p("Westmere Park Primary School, a mainstream community primary school.")

    pl.section("J")
    pl.p("Liam's mother has not requested a personal budget.")
    pl.page_break()

    pl.section("K")
    advice_table(pl, [
        ["Parent's views", "Jodie Carter (mother)", "12 June 2025"],
        ["Liam's views", "Liam, with his class teacher", "20 June 2025"],
        ["Educational advice", "Mrs Angela Ruiz, SENCo, Westmere Park Primary School",
         "26 June 2025"],
        ["Medical advice", "Dr Peter Okonjo, community paediatrician", "2 June 2025"],
        ["Psychological advice", "Mr Simon Fry, educational psychologist", "10 March 2022"],
        ["Social care advice", "Ms Hannah Reid, social worker, Westmere Children with "
         "Disabilities Team", "16 June 2025"],
    ])
    signature(pl, "Martin Osei, SEND Caseworker", "15 September 2025")

    # ---- labels -------------------------------------------------------------------------
    pl.exp("stale.review-overdue", None,
           "issued 15 September 2025 after a review on 3 July 2025: more than 12 months before "
           "the audit date, with no later review")
    pl.exp("stale.outcome-date-passed", "E",
           "'By July 2025' was already past when the plan was issued in September 2025")
    pl.exp("stale.advice-outdated", "K",
           "psychological advice dated 10 March 2022, three and a half years before the plan")
    pl.exp("stale.age-mismatch", "A", "'Liam is 8 years old': he was 10 at the plan date")
    pl.exp("transition.phase-transfer-missing", None,
           "Year 6 (2025/26), and the plan says nothing about the move to secondary school")
    pl.exp("social-care.needs-unrecorded", "D",
           "D says no social care needs, but A mentions short breaks arranged by his social "
           "worker, and K lists a social worker's advice")
    pl.exp("outcomes.education-only", "E",
           "C records ADHD, medication and sleep difficulties, but every outcome is about "
           "learning or behaviour")
    pl.exp("outcomes.generic", "E",
           "'Liam will improve social interaction skills with peers.' is repeated word for word "
           "in two other samples")
    pl.exp("outcomes.not-time-bound", "E", "'improve social interaction skills with peers'")
    pl.exp("outcomes.not-time-bound", "E", "'manage his emotions better'")
    pl.exp("outcomes.not-measurable", "E", "'improve social interaction skills with peers'")
    pl.exp("outcomes.not-measurable", "E", "'manage his emotions better'")
    pl.exp("provision.vague", "F", "'Regular check-ins ... As needed'")
    pl.exp("provision.vague", "F", "'Access to a movement break when Liam needs one'")
    pl.exp("provision.not-quantified", "F", "check-ins: no frequency or duration")
    pl.exp("provision.not-quantified", "F", "movement breaks: no amount")
    pl.exp("provision.no-provider", "F", "check-ins: 'a trusted adult', no role, and the "
           "delivered-by cell is blank")
    pl.exp("provision.no-provider", "F", "movement breaks: no one named")
    pl.exp("provision.vague", "G", "'Paediatrician review as required'")
    pl.exp("provision.not-quantified", "G", "the paediatrician review has no frequency")
    pl.no("structure.section-missing", None,
          "one combined 'Section H: Social care provision' stands for H1 and H2")
    pl.no("structure.section-empty", "H",
          "'No social care provision is required.' is an explicit statement")
    pl.no("structure.section-empty", "D", "D makes an explicit (if wrong) statement")
    pl.no("stale.age-mismatch", "B",
          "'working at the level expected at the end of Year 2' describes attainment, not "
          "Liam's year group")
    pl.no("stale.age-mismatch", "E",
          "'By the end of Year 6' matches his year group")
    pl.no("health.provision-missing", "G", "G specifies medication at school")
    pl.no("outcomes.not-aspirational", "E",
          "the outcomes aim at progress, and the social outcome links to his mother's hope "
          "that he makes good friends")
    pl.no("voice.child-absent", "A", "Liam's own words are in the one-page profile text box")
    pl.no("voice.aspirations-missing", "A",
          "footballer or PE teacher (in the text box); his mother's hopes")
    pl.no("golden-thread.need-without-outcome", "E",
          "SEMH (emotions, social) and cognition and learning (reading, writing) have outcomes")
    pl.no("golden-thread.need-without-provision", "F",
          "SEMH and cognition and learning both have provision")
    pl.no("consistency.other-name", None,
          "Jodie (mother), Bruno (dog) and the professionals are introduced")
    pl.no("final.placement-missing", "I", "I names Westmere Park Primary School and its type")
    return pl


# ============================================================================================
# 5. final-good-numbered-age17 — a good final for a 17-year-old at college: her own voice,
#    all four PfA areas, transition to adult health and adult social care, social care needs
#    met through short breaks and a direct payment. Front-matter values in content controls.
# ============================================================================================
def plan_final_good_numbered_age17():
    pl = Plan("final-good-numbered-age17", authority="Brackenridge Metropolitan Borough Council",
              status="final", layout="numbered", name="Grace Adeyemi", dob="2009-06-08",
              plan_date="2026-07-06", titles=numbered_titles({"*": ": "}),
              heading_style="Heading1", sub_style="Heading3")
    pl.p(R("Brackenridge Metropolitan Borough Council", bold=True, size=14))
    pl.doc.title("Final Education, Health and Care Plan")
    pl.p("Amended following the annual review", style="Subtitle")
    pl.labels_table([
        ("Name", "Grace Adeyemi"),
        ("Date of birth", "8th June 2009"),
        ("Age at the date of this plan", "17"),
        ("Education setting", "Brackenridge College, Mill Road Campus"),
        ("Year of education", "Year 12 (first year of a two-year study programme)"),
        ("Primary need", "Moderate learning difficulty (MLD)"),
        ("Secondary need", "Hearing impairment (HI)"),
        ("Date of annual review", "10 June 2026"),
        ("Date of issue", "6 July 2026"),
        ("Next review by", "9 June 2027"),
        ("SEND caseworker", "Olivia Grant, Post-16 SEND Team"),
    ], controls=True)
    pl.p("Grace turned 16 in June 2025 and now makes decisions about her plan herself. She has "
         "asked for her mum to support her at meetings.", italic=True)
    pl.page_break()

    pl.section("A")
    pl.sub("My views")
    pl.p("I am Grace and I am 17. I go to Brackenridge College three days a week and I am "
         "doing Level 1 Hospitality and Catering. I love cooking, especially jollof rice and "
         "cupcakes, and I like working in the college caf\u00e9 because the customers are "
         "friendly. I wear hearing aids in both ears. I like it when people face me when they "
         "talk, and I don't like noisy rooms where everyone talks at once.")
    pl.p("I get nervous when I go somewhere new or meet new people. It helps when I know what "
         "will happen and who I will meet.")
    pl.sub("My hopes for the future")
    pl.p("I want to work in a caf\u00e9 or a hotel kitchen. I want to travel to college on the "
         "bus by myself, and when I am older I want to live in a flat with my friend Precious, "
         "with some help. I want to keep well and look after my own hearing aids.")
    pl.sub("My mum's views")
    pl.p("Funmi Adeyemi says Grace has grown up a lot at college. She would like Grace to have "
         "a job she is proud of and to be safe when she goes out with friends. She is worried "
         "about what support Grace will get after she turns 18.")

    pl.section("B")
    pl.sub("Cognition and learning")
    pl.p("Grace has a moderate learning difficulty. She reads at about the level of a "
         "9-year-old, and she finds money, time and following written recipes with more than "
         "five steps difficult. She learns best through practical tasks that are repeated.")
    pl.sub("Communication and interaction")
    pl.p("Grace has a moderate hearing loss in both ears and wears hearing aids. In noisy "
         "rooms and group discussions she misses information and does not always say so. Her "
         "vocabulary for college subjects is limited.")
    pl.sub("Social, emotional and mental health")
    pl.p("Grace becomes anxious in new situations and with people she does not know, and then "
         "goes quiet and will not ask for help.")

    pl.section("C")
    pl.p("Grace has a bilateral moderate sensorineural hearing loss, diagnosed when she was 4, "
         "and wears hearing aids in both ears; the paediatric audiology service reviews her "
         "hearing. She has mild asthma and uses a preventer inhaler morning and evening. She is "
         "on her GP's learning disability register and has an annual health check. Her health "
         "care will move to adult services when she turns 18.")

    pl.section("D")
    pl.p("The Brackenridge Children with Disabilities Team assessed Grace in October 2025. The "
         "assessment found that Grace needs support to take part in activities outside her "
         "home with people her own age, because of her hearing loss and her difficulty with "
         "money and travel in unfamiliar places, and that her parents, who both work shifts, "
         "need planned breaks from caring.")
    pl.p("Grace turns 18 in June 2027 and will need a transition assessment under the Care Act "
         "2014 to decide what adult social care support she is eligible for.")
    pl.page_break()

    pl.section("E")
    pl.p("Grace's outcomes run to the end of her study programme in July 2027.")
    pl.table([
        ["Preparing for adulthood area", "Outcome"],
        ["Employment",
         "By July 2027, Grace will complete her Level 1 Hospitality and Catering course and a "
         "6-week placement in the college caf\u00e9, working 2 shifts a week and serving "
         "customers with no more than one prompt per shift."],
        ["Employment",
         "By July 2027, Grace will pass Functional Skills English at Entry Level 3 and maths "
         "at Entry Level 2."],
        ["Independent living",
         "By her 18th birthday (June 2027), Grace will travel by bus from home to college and "
         "back on her own, 3 days a week for 4 weeks in a row."],
        ["Independent living",
         "By July 2027, Grace will plan, budget \u00a315 for, and cook a two-course meal for "
         "her family, with no more than two prompts."],
        ["Friends, relationships and community",
         "By March 2027, Grace will go to the Brackenridge Young Deaf Club, or another "
         "activity she chooses, with a friend and without her personal assistant, twice a "
         "month."],
        ["Good health",
         "By her 18th birthday (June 2027), Grace will book and attend her own GP appointment "
         "and annual health check and tell the doctor herself about her asthma and her "
         "hearing aids."],
        ["Good health",
         "By December 2026, Grace will clean her hearing aids and change their batteries every "
         "week without a reminder."],
        ["Communication",
         "By July 2027, when she misses information in a group session Grace will ask for it "
         "to be repeated or switch on her radio aid, in 4 out of 5 weeks as recorded by her "
         "tutor."],
        ["Confidence in new situations",
         "By July 2027, Grace will introduce herself and ask one question in 3 new situations "
         "(for example a practice interview or a new class), using her prepared script."],
    ], col_widths=[28, 72])
    pl.page_break()

    pl.section("F")
    provision_table(pl, [
        ["1:1 learning support in practical kitchen sessions and on work placement.",
         "6 hours a week, 36 weeks a year",
         "Learning support assistant with Level 2 Deaf Awareness"],
        ["Functional Skills English and maths taught in a small group.",
         "2 sessions of 1.5 hours a week; group of no more than 6",
         "Functional Skills tutor"],
        ["Radio aid used in every taught session and checked at the start of each day.",
         "Daily", "Learning support assistant; equipment maintained by the Teacher of the Deaf"],
        ["Monitoring of listening conditions and training for Grace's tutors.",
         "1 hour each half-term (6 a year) and one 1-hour training session each September",
         "Qualified Teacher of the Deaf, Brackenridge Sensory Service"],
        ["Independent travel training on the bus route from home to college.",
         "10 sessions of 1.5 hours, October to December 2026",
         "Qualified independent travel trainer, Brackenridge Travel Training Team"],
        ["Independent living skills: budgeting, shopping and cooking.",
         "1 session of 3 hours a week", "Independent living skills tutor"],
        ["Job coaching on the caf\u00e9 placement.",
         "Alongside Grace for both shifts in weeks 1–3, then a 30-minute check-in each week",
         "College job coach"],
        ["Mentoring to manage anxiety and prepare scripts and plans for new situations.",
         "1 session of 30 minutes a week", "Student wellbeing mentor"],
        ["Careers guidance and planning for a supported internship in 2027–28.",
         "2 interviews of 45 minutes a year",
         "Careers adviser qualified to Level 6, Brackenridge Careers Service"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Review of hearing and hearing aids, and transfer to adult audiology at 18.",
         "Every 6 months; transfer appointment booked for June 2027",
         "Paediatric audiologist, Brackenridge Hospitals NHS Foundation Trust"],
        ["Annual health check for people on the learning disability register, with a written "
         "health action plan.", "Once a year", "GP and practice nurse, Canal Street Medical "
         "Practice"],
        ["Asthma review.", "Once a year", "Practice asthma nurse"],
        ["Health transition plan for the move to adult services, agreed with Grace.",
         "One planning meeting in January 2027, reviewed at the June 2027 annual review",
         "Transition nurse, Brackenridge Community Health"],
    ], headers=("Health provision", "How often", "Provided by"))

    pl.section("H1")
    provision_table(pl, [
        ["Short breaks: supported activities in the community with a personal assistant, "
         "building Grace's confidence with travel and money.",
         "6 hours a month (72 hours a year), paid through the direct payment in Section 11 (J)",
         "Personal assistant employed by the family, recruited with the Brackenridge Direct "
         "Payments Support Service"],
    ], headers=("Social care provision", "How much", "Provided by"))

    pl.section("H2")
    provision_table(pl, [
        ["Transition assessment under the Care Act 2014 to decide Grace's eligibility for "
         "adult social care from June 2027.",
         "Completed by 8 March 2027, three months before Grace turns 18",
         "Social worker, Brackenridge Preparing for Adulthood Team"],
        ["Carer's assessment for Grace's parents under the Care Act 2014.",
         "Completed by 8 March 2027",
         "Social worker, Brackenridge Preparing for Adulthood Team"],
    ], headers=("Social care provision", "When", "Provided by"))

    pl.section("I")
    pl.p("Brackenridge College, Mill Road Campus – general further education college. Study "
         "programme: Level 1 Hospitality and Catering with Functional Skills, September 2025 "
         "to July 2027.")

    pl.section("J")
    pl.p("Grace has a personal budget of \u00a31,080 a year for the short breaks in Section 8 "
         "(H1). It is paid as a direct payment to her mother, Funmi Adeyemi, who manages it on "
         "Grace's behalf with the Direct Payments Support Service. It pays for 72 hours of "
         "personal assistant support a year at \u00a315 an hour, and is reviewed at each annual "
         "review.")
    pl.page_break()

    pl.section("K")
    advice_table(pl, [
        ["Young person's views", "Grace Adeyemi, with her personal tutor", "20 May 2026"],
        ["Parent's views", "Funmi Adeyemi (mother)", "20 May 2026"],
        ["Educational advice", "Mr Colin Reeve, Additional Learning Support Manager, "
         "Brackenridge College", "27 May 2026"],
        ["Medical advice", "Dr Rachel Tan, consultant community paediatrician",
         "14 April 2026"],
        ["Psychological advice", "Dr Ben Howarth, educational psychologist",
         "20 November 2025"],
        ["Social care advice", "Ms Lorna Fitch, social worker, Children with Disabilities "
         "Team", "15 May 2026"],
        ["Preparing for adulthood advice", "Mr Dev Sharma, careers adviser", "21 May 2026"],
        ["Hearing impairment advice", "Mrs Gill Parry, Qualified Teacher of the Deaf",
         "30 April 2026"],
        ["Audiology report", "Ms Jess O'Neill, paediatric audiologist", "11 March 2026"],
    ])
    signature(pl, "Olivia Grant, SEND Caseworker", "6 July 2026")

    # ---- labels -------------------------------------------------------------------------
    pl.no("pfa.young-person-voice", "A", "Section A is in Grace's own words ('I am Grace and "
          "I am 17')")
    pl.no("pfa.adult-transition-missing", None,
          "adult audiology transfer and a health transition plan (G), and a Care Act "
          "transition assessment (H2)")
    pl.no("social-care.provision-missing", "H1", "D's needs are met by short breaks in H1 and "
          "the Care Act assessments in H2")
    pl.no("social-care.needs-unrecorded", "D", "D records the social care needs that H1, H2 "
          "and J provide for")
    pl.no("advice.required-missing", "K",
          "all required kinds, including preparing-for-adulthood advice and a Qualified "
          "Teacher of the Deaf's advice for her hearing loss")
    pl.no("pfa.area-missing", "E", "all four areas have outcomes")
    pl.no("stale.age-mismatch", "A", "'I am 17' matches 8 June 2009 at 6 July 2026")
    pl.no("stale.advice-outdated", "K",
          "the oldest advice (20 November 2025) is under 8 months before the plan date")
    pl.no("consistency.other-name", None,
          "Precious (friend) and Funmi (mother) are introduced as other people")
    pl.no("transition.phase-transfer-missing", None,
          "Year 12 is not a transfer year; the plan still covers the end of the programme")
    return pl


# ============================================================================================
# 6. final-poor-lettered-y9 — a poor final, Year 9: tracked changes and a reviewer comment
#    left in, no Section J, no preparing-for-adulthood content, 28 weeks from request to
#    issue. Front matter as "Label:<tab>value" lines; a hyperlink to the Local Offer.
# ============================================================================================
def plan_final_poor_lettered_y9():
    titles = dict(LETTERED)
    titles["C"] = "Section C: Health needs"
    titles["D"] = "Section D: Social care needs"
    pl = Plan("final-poor-lettered-y9", authority="Ashcombe County Council", status="final",
              layout="lettered", name="Tom Brennan", dob="2012-03-03", plan_date="2026-03-20",
              titles=titles, heading_style="Heading2", sub_style="Heading3")
    rev = dict(author="Karen Webb (SEND Officer)", date="2026-03-18T10:12:00Z")
    pl.p(R("Ashcombe County Council", bold=True, size=14))
    pl.doc.title("Final Education, Health and Care Plan")
    for label, value in [("Name", "Tom Brennan"), ("Date of birth", "3 Mar 12"),
                         ("Year group", "Year 9"), ("School", "Ashcombe Valley School"),
                         ("Request for EHC needs assessment received", "1 September 2025"),
                         ("Date of issue of final plan", "20 March 2026"),
                         ("Plan status", "Final")]:
        pl.p([R(label + ":", bold=True), "\t" + value])
    pl.hyperlink("Ashcombe Local Offer", "https://www.example.org/ashcombe-local-offer",
                 before="Information about services for children and young people with SEND "
                        "is published in the ",
                 after=".")
    pl.page_break()

    pl.section("A")
    pl.sub("Tom's views")
    pl.p("Tom told us he likes fixing bikes with his uncle Sean, playing FIFA, and going "
         "fishing at the reservoir. He finds it hard when teachers talk for a long time "
         "without writing anything down. Tom wants to be a mechanic like his uncle.")
    pl.sub("Parents' views")
    pl.p("Claire and Dave Brennan say Tom is practical, patient with younger children and "
         "good with his hands. They would like school to understand that when Tom says "
         "\u201cI get it\u201d he often does not.")

    pl.section("B")
    pl.sub("Communication and interaction")
    pl.p("Tom has developmental language disorder (DLD), diagnosed by the speech and language "
         "therapy service in 2019. He has a limited vocabulary for his age, finds it hard to "
         "understand long or complex instructions, and struggles to find the words he wants, "
         "so his written and spoken answers are short.")
    pl.sub("Cognition and learning")
    pl.p("Tom is 14 and in Year 9. His reading age is 9 years 2 months (Salford test, January "
         "2026) and he cannot yet read most subject textbooks without help. His maths is close "
         "to the expected level when questions are read to him.")

    pl.section("C")
    pl.p("There are no health needs related to Tom's special educational needs.")

    pl.section("D")
    pl.p("No social care needs have been identified.")
    pl.page_break()

    pl.section("E")
    pl.bullets([
        "By the end of Year 9 (July 2026), Tom will follow a three-step spoken instruction in "
        "class without it being repeated, on 4 out of 5 occasions.",
        "By the end of Year 10 (July 2027), Tom will use a word map to learn and correctly "
        "explain 10 new subject words each half-term in Science, Geography and Design and "
        "Technology.",
    ])
    pl.comment("By July 2027, Tom's reading age will rise from 9 years 2 months to at least 11 "
               "years on the Salford test.",
               "Is this target still right now that the SALT report has come in? Please check "
               "with school before issue.", author="QA Panel", initials="QA",
               date="2026-03-17T16:40:00Z")

    pl.section("F")
    pl.revisions([("Direct speech and language therapy, 1:1, 6 sessions of 40 minutes each "
                   "half-term, from a speech and language therapist, Ashcombe Children's "
                   "Therapy Service", None),
                  (", with a copy of Tom's targets sent home after each session", "ins"),
                  (".", None)], **rev)
    pl.p("Pre-teaching of subject vocabulary using word maps: 2 sessions of 20 minutes a week, "
         "by a teaching assistant trained by the speech and language therapist.")
    pl.revisions([("Reading intervention (Lexia PowerUp): ", None), ("30 minutes", "del"),
                  ("3 sessions of 30 minutes", "ins"),
                  (" a week, supervised by the learning support teacher.", None)], **rev)
    pl.p("Written copies of homework and multi-step instructions given in every lesson where "
         "they are set, by subject teachers.")
    pl.p("Tom's epilepsy care plan is followed in school. Staff on his timetable are trained "
         "to give buccal midazolam if a seizure lasts longer than 5 minutes; training is "
         "renewed each September (1 hour) by the school nurse.")

    pl.section("G")
    pl.p("No health provision is required.")

    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No social care provision is required.")

    pl.section("I")
    pl.p("Ashcombe Valley School (mainstream secondary school, 11–16).")
    pl.page_break()

    pl.section("K")
    advice_table(pl, [
        ["Parents' views", "Claire and Dave Brennan (parents)", "15 October 2025"],
        ["Tom's views", "Tom, with Mr Gareth Powell", "16 October 2025"],
        ["Educational advice", "Mr Gareth Powell, SENCo, Ashcombe Valley School",
         "20 October 2025"],
        ["Medical advice", "Dr Nina Shah, consultant paediatrician", "12 October 2025"],
        ["Psychological advice", "Ms Rachel Dunn, educational psychologist",
         "24 October 2025"],
        ["Speech and language therapy advice", "Ms Amy Cole, speech and language therapist",
         "22 October 2025"],
        ["Social care advice", "Ashcombe Children's Services (no involvement)",
         "14 October 2025"],
    ])
    signature(pl, "Karen Webb, SEND Officer", "20 March 2026")

    # ---- labels -------------------------------------------------------------------------
    pl.exp("final.open-revisions", None,
           "two tracked insertions and a tracked deletion in Section F, and a QA Panel comment "
           "on an outcome in Section E, are still in the issued plan")
    pl.exp("structure.section-missing", "J", "there is no Section J (personal budget)")
    pl.exp("pfa.missing", "E",
           "Year 9 (age 13 on 31 August 2025) and no preparing-for-adulthood outcome or "
           "provision anywhere")
    pl.exp("advice.required-missing", "K",
           "Year 9, but K lists no preparing-for-adulthood (careers) advice")
    pl.exp("timeliness.over-20-weeks", None,
           "request received 1 September 2025, final issued 20 March 2026: 28 weeks and 4 days")
    pl.exp("health.needs-unrecorded", "C",
           "C says there are no health needs, but F describes his epilepsy, seizures and "
           "buccal midazolam")
    pl.exp("outcomes.not-aspirational", "E",
           "Section A says Tom wants to be a mechanic; no outcome connects to it")
    pl.no("health.provision-missing", "G",
          "C records no health needs (that is the fault caught by health.needs-unrecorded)")
    pl.no("pfa.area-missing", "E", "with no PfA content at all only pfa.missing applies")
    pl.no("outcomes.education-only", "E",
          "C and D record no needs (C wrongly so: see health.needs-unrecorded)")
    pl.no("structure.section-empty", "C",
          "C makes an explicit statement, however wrong it is")
    pl.no("structure.section-empty", "D", "'No social care needs have been identified.' is "
          "an explicit statement")
    pl.no("stale.age-mismatch", "B", "'Tom is 14 and in Year 9' matches 3 March 2012")
    pl.no("stale.outcome-date-passed", "E",
          "July 2026 and July 2027 are both after the plan date (20 March 2026)")
    pl.no("outcomes.not-time-bound", "E",
          "all three outcomes have a date, including the one under the comment")
    pl.no("provision.not-quantified", "F",
          "every item has an amount, even before the tracked changes are accepted")
    pl.no("consistency.other-name", None,
          "Sean (uncle), Claire and Dave (parents) and the professionals are introduced")
    return pl


# ============================================================================================
# 7. final-poor-numbered-age20 — a poor final for a 20-year-old at college: only his
#    mother's and tutor's views, phonics outcomes, nothing on adult services, no Section H2,
#    an old psychologist's report and pre-2014 terms.
# ============================================================================================
def plan_final_poor_numbered_age20():
    titles = numbered_titles({"*": " - "})
    titles["H1"] = "Section 8 (H1) - Social care provision (Chronically Sick and Disabled " \
                   "Persons Act 1970)"
    pl = Plan("final-poor-numbered-age20",
              authority="Calderbrook Metropolitan Borough Council", status="final",
              layout="numbered", name="Jake Whitfield", dob="2005-10-30",
              plan_date="2026-05-12", titles=titles, heading_style="Heading1",
              sub_style="Heading2")
    pl.p(R("Calderbrook Metropolitan Borough Council", bold=True, size=14))
    pl.doc.title("EHC Plan – amended following annual review (Final)")
    for label, value in [("Name", "Jake Whitfield"), ("Date of birth", "30/10/2005"),
                         ("Placement", "Calderbrook College"),
                         ("Date of annual review", "24 March 2026"),
                         ("Date of final amended plan", "12 May 2026"),
                         ("Status", "Final")]:
        pl.p([R(label + ": ", bold=True), value])
    pl.page_break()

    pl.section("A")
    pl.sub("Views of Jake's mother")
    pl.p("Sandra Whitfield describes her son as a gentle young man with a great love of "
         "animals, especially the goats at Hollybank Farm Park, and of Queen's music. She hopes "
         "that one day he will work with animals, perhaps at the farm park, and live in "
         "supported accommodation with friends.")
    pl.sub("Views of college")
    pl.p("His course tutor, Mr Paul Kemp, reports that he is punctual and polite and copes well "
         "with the college routine, but becomes distressed when the timetable changes without "
         "warning.")

    pl.section("B")
    pl.sub("Cognition and learning")
    pl.p("Jake has a severe learning difficulty, as set out in his Learning Difficulty "
         "Assessment. He knows most single letter sounds and reads about 15 familiar words. "
         "He can count objects to 20 and recognises coins but cannot yet add amounts of money.")
    pl.sub("Communication and interaction")
    pl.p("Jake speaks in short phrases of two or three words and uses Makaton signs to support "
         "his speech. He understands familiar instructions in routine situations.")

    pl.section("C")
    pl.p("Jake is overweight (body mass index 33), and his GP has advised a healthy eating and "
         "activity plan. He has no other diagnosed health conditions.")

    pl.section("D")
    pl.p("Jake has overnight short breaks at Larch House one weekend a month, arranged by the "
         "Children with Disabilities Team, and goes to a Saturday youth club with a support "
         "worker. His mother is his main carer.")
    pl.page_break()

    pl.section("E")
    pl.numbered([
        "By July 2027, Jake will read and write the Phase 3 phonics graphemes (such as "
        "\u2018ai\u2019, \u2018ee\u2019 and \u2018igh\u2019) correctly in 8 out of 10 attempts.",
        "By July 2027, Jake will blend sounds to read 20 of the first 100 high-frequency words.",
        "By July 2027, Jake will use Makaton signs and three-word phrases to ask for help or "
        "to say he is unhappy when his timetable changes, on 4 out of 5 recorded occasions.",
        "Jake will continue to attend college three days a week.",
        "Chloe will continue to travel to college by taxi without an escort.",
    ])

    pl.section("F")
    provision_table(pl, [
        ["Study programme: Pathways to Independence.", "3 days a week (15 hours), 36 weeks a "
         "year", "Foundation learning tutors, Calderbrook College"],
        ["Phonics teaching (Read Write Inc. Fresh Start), 1:1.", "4 sessions of 20 minutes a "
         "week", "Learning support assistant trained in Fresh Start"],
        ["Work experience at the college's horticulture unit.", "One afternoon a week (2 hours)",
         "College job coach"],
        ["Cooking and daily living skills in the college training flat.",
         "1 session of 2 hours a week", "Independent living skills tutor"],
        ["Makaton used with all spoken instructions, and a communication passport updated "
         "each term.", "Every session; passport updated 3 times a year",
         "Course tutor and learning support assistants trained in Makaton"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Weight management: weigh-in and review of the healthy eating plan with Jake and his "
         "mother.", "Every 8 weeks", "Practice nurse, Moorside Surgery"],
        ["Annual health check and health action plan.", "Once a year", "GP, Moorside Surgery"],
    ], headers=("Health provision", "How often", "Provided by"))

    pl.section("H1")
    provision_table(pl, [
        ["Overnight short breaks at Larch House.", "One weekend (2 nights) a month",
         "Larch House residential staff, Calderbrook Children with Disabilities Team"],
        ["Saturday youth club at Calderbrook Leisure Centre, to see friends and take part in "
         "community activities, with a support worker.", "Every Saturday 10:00–13:00 in term "
         "time", "Support worker, Calderbrook Youth Inclusion Service"],
    ], headers=("Social care provision", "How much", "Provided by"))

    # No H2 heading: the section was deleted, and the numbering still jumps from 8 to 10.
    pl.section("I")
    pl.p("Calderbrook College (general further education college), Pathways to Independence "
         "programme.")
    pl.section("J")
    pl.p("Jake does not have a personal budget. His mother was given information about "
         "personal budgets at the annual review.")
    pl.page_break()

    pl.section("K")
    advice_table(pl, [
        ["Parent's views", "Sandra Whitfield (mother)", "3 March 2026"],
        ["Educational advice", "Mr Paul Kemp, course tutor, Calderbrook College",
         "10 March 2026"],
        ["Medical advice", "Dr Alan Moss, GP, Moorside Surgery", "28 February 2026"],
        ["Psychological advice", "Dr Martin Greaves, educational psychologist", "11 June 2019"],
        ["Careers and transition advice", "Ms Jo Birch, Connexions Personal Adviser",
         "5 March 2026"],
    ])
    signature(pl, "Helen Ashby, SEND Caseworker", "12 May 2026")

    # ---- labels -------------------------------------------------------------------------
    pl.exp("structure.section-missing", "H2",
           "H1 is present but there is no H2 (other social care provision), and the numbering "
           "jumps from Section 8 to Section 10")
    pl.exp("voice.child-absent", "A", "A has only his mother's and his tutor's views")
    pl.exp("pfa.young-person-voice", "A",
           "Jake is 20: decisions are his, yet A has no views of his own")
    pl.exp("pfa.age-inappropriate", "E",
           "the main measurable outcomes for a 20-year-old are Phase 3 phonics and "
           "high-frequency words")
    pl.exp("outcomes.not-aspirational", "E",
           "A hopes he will work with animals and live in supported accommodation; no outcome "
           "connects to either, and the others only continue the present")
    pl.exp("outcomes.not-time-bound", "E", "'continue to attend college three days a week'")
    pl.exp("outcomes.not-time-bound", "E", "'continue to travel to college by taxi'")
    pl.exp("consistency.other-name", "E",
           "'Chloe will continue to travel to college by taxi' in Jake's plan")
    pl.exp("pfa.adult-transition-missing", None,
           "aged 20 with nothing on adult health services or a Care Act assessment; his short "
           "breaks still come from the children's team")
    pl.exp("stale.advice-outdated", "K",
           "psychological advice dated 11 June 2019, almost seven years before the plan")
    pl.exp("stale.obsolete-terminology", "B", "'Learning Difficulty Assessment'")
    pl.exp("stale.obsolete-terminology", "K", "'Connexions Personal Adviser' as an author's "
           "role")
    pl.exp("advice.required-missing", "K", "no social care advice is listed")
    pl.no("pfa.missing", "E", "PfA content exists: work experience and daily living skills "
          "(F), health check (G), youth club (H1)")
    pl.no("pfa.area-missing", "E",
          "employment (work experience, F), independent living (training flat, F), community "
          "(youth club, H1) and health (health check, weight management, G) are each covered")
    pl.no("pfa.over-age", None,
          "he turns 25 in October 2030; the plan can run to 31 July 2031")
    pl.no("social-care.provision-missing", "H1", "D's needs are provided for in H1")
    pl.no("outcomes.not-measurable", "E",
          "each outcome is observable (graphemes in 8 of 10 attempts, 20 words, attendance, "
          "travelling without an escort)")
    pl.no("stale.age-mismatch", None, "no age or year group is stated in the text")
    pl.no("transition.phase-transfer-missing", None,
          "aged 19 on 31 August 2025: past the Year 13/14 transfer point")
    pl.no("stale.obsolete-terminology", "F", "no pre-2014 term in F")
    pl.no("golden-thread.need-without-outcome", "E",
          "cognition and learning (phonics) and communication (Makaton outcome) both have "
          "outcomes")
    pl.no("outcomes.education-only", "E",
          "the outcome on travelling to college without an escort addresses independence")
    return pl


# ============================================================================================
# 8. final-poor-lettered-y4 — a final plan with no date of issue (the field was left blank),
#    no placement in Section I, health needs with no health provision, and no view of the
#    child herself.
# ============================================================================================
def plan_final_poor_lettered_y4():
    pl = Plan("final-poor-lettered-y4", authority="Hollinsford City Council", status="final",
              layout="lettered", name="Ella Marsh", dob="2016-12-12", plan_date=None,
              titles=LETTERED, heading_style="Heading1", sub_style="Heading3", year_group=4,
              extra_note="No date of issue is stated; the text says Year 4.")
    pl.p(R("Hollinsford City Council", bold=True, size=14))
    pl.doc.title("Final Education, Health and Care Plan")
    pl.labels_table([
        ("Name", "Ella Marsh"),
        ("Date of birth", "12/12/2016"),
        ("School", "St Anne's Church of England Primary School"),
        ("Year group", "Year 4"),
        ("Primary need", "Physical disability (PD)"),
        ("Date of issue", ""),
        ("SEND caseworker", "Nadia Rahman"),
    ])
    pl.page_break()

    pl.section("A")
    pl.sub("Views of Ella's parents")
    pl.p("Mr and Mrs Marsh describe Ella as a sociable, determined girl who loves gymnastics "
         "club and drawing. They hope she will stay at St Anne's with her friends, move on to "
         "the local secondary school, and have the same chances as other children. They worry "
         "about how tired she gets by the end of the school day.")
    pl.sub("Views of school")
    pl.p("Ella's class teacher, Miss Yasmin Akhtar, reports that Ella is well liked, works "
         "hard and is keen to do well, but that she becomes upset when her hands hurt during "
         "writing and when she cannot keep up with her friends at playtime.")

    pl.section("B")
    pl.sub("Sensory and/or physical")
    pl.p("Ella has joint hypermobility. Her fingers and wrists become painful after about five "
         "minutes of handwriting, she falls more often than other children, and she tires "
         "quickly when walking or standing. She needs help to change for PE.")
    pl.sub("Cognition and learning")
    pl.p("Ella has weak working memory. She loses track of multi-step maths problems and "
         "forgets instructions given to the whole class. Her reading is at the expected level.")

    pl.section("C")
    pl.p("Ella has joint hypermobility syndrome, diagnosed by a paediatric rheumatologist in "
         "2022. Her joints are painful after writing or walking long distances, and she tires "
         "quickly. She has asthma and uses a reliever inhaler before PE. An NHS physiotherapist "
         "has set her a daily exercise programme.")

    pl.section("D")
    pl.p("No social care needs have been identified; Ella's parents confirmed this at the "
         "assessment meeting.")
    pl.page_break()

    pl.section("E")
    pl.bullets([
        "Ella will improve social interaction skills with peers.",
        "Ella will develop her handwriting.",
        "Ella will make progress in maths.",
        "By the end of Year 4, Ella will write for 10 minutes using her writing slope and a "
        "chunky pen without stopping because of pain, in 4 out of 5 written tasks.",
        "By the end of Year 4, Ella will change for PE on her own within 10 minutes, using "
        "her adapted changing routine, every week for a half-term.",
    ])

    pl.section("F")
    provision_table(pl, [
        ["Daily exercise programme set by the NHS physiotherapist.", "15 minutes daily",
         "Teaching assistant trained by the physiotherapist"],
        ["Writing slope, chunky pens, and a laptop for written work longer than one page.",
         "Every lesson with writing",
         "Class teacher; laptop set up by the school's ICT technician"],
        ["Opportunities for movement breaks throughout the day.", "", ""],
        ["Memory strategies taught as appropriate.", "", ""],
        ["Maths intervention (Numicon) in a small group of 4.", "3 sessions of 20 minutes a "
         "week", "Teaching assistant trained in Numicon"],
        ["Lift pass, and a buddy to carry her bag on the stairs.", "Daily",
         "Office staff issue the pass; the class teacher chooses the buddy"],
    ])

    pl.section("G")
    pl.p("There is no health provision in this plan.")
    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No social care provision is required.")

    pl.section("I")
    pl.p("Ella's placement will be agreed with her parents at the next annual review. Until "
         "then, the current arrangements continue.")

    pl.section("J")
    pl.p("Ella's parents have not requested a personal budget.")
    pl.page_break()

    pl.section("K")
    advice_table(pl, [
        ["Parents' views", "Mr and Mrs Marsh (parents)", "10 February 2025"],
        ["Educational advice", "Mrs Joanne Hurst, SENCo, St Anne's Church of England Primary "
         "School", "14 February 2025"],
        ["Medical advice", "Dr Lucy Fenn, consultant paediatrician", "3 February 2025"],
        ["Psychological advice", "Dr Omar Siddiqui, educational psychologist",
         "20 February 2025"],
        ["Social care advice", "Hollinsford Children's Services (no involvement)",
         "11 February 2025"],
        ["Physiotherapy report", "Mr Dan Pryce, paediatric physiotherapist", "30 January 2025"],
    ])
    signature(pl, "Nadia Rahman, SEND Caseworker", None)

    # ---- labels -------------------------------------------------------------------------
    pl.exp("final.not-dated", None,
           "a final plan whose 'Date of issue' field is blank, with no other issue date")
    pl.exp("structure.front-matter-missing", None,
           "the plan's date cannot be found: the date-of-issue field is empty")
    pl.exp("final.placement-missing", "I",
           "Section I names no institution and no type ('the current arrangements continue')")
    pl.exp("health.provision-missing", "G",
           "C records joint hypermobility syndrome, asthma and physiotherapy; G specifies "
           "nothing")
    pl.exp("voice.child-absent", "A",
           "A has only her parents' and her teacher's views; nothing from Ella herself")
    pl.exp("outcomes.generic", "E",
           "'Ella will improve social interaction skills with peers.' also appears in two "
           "other samples")
    pl.exp("outcomes.not-time-bound", "E", "'improve social interaction skills with peers'")
    pl.exp("outcomes.not-time-bound", "E", "'develop her handwriting'")
    pl.exp("outcomes.not-time-bound", "E", "'make progress in maths'")
    pl.exp("outcomes.not-measurable", "E", "'improve social interaction skills with peers'")
    pl.exp("outcomes.not-measurable", "E", "'develop her handwriting'")
    pl.exp("outcomes.not-measurable", "E", "'make progress in maths'")
    pl.exp("provision.vague", "F", "'Opportunities for movement breaks'")
    pl.exp("provision.vague", "F", "'taught as appropriate'")
    pl.exp("provision.not-quantified", "F", "movement breaks: no amount")
    pl.exp("provision.not-quantified", "F", "memory strategies: no amount")
    pl.exp("provision.no-provider", "F", "movement breaks: no one named")
    pl.exp("provision.no-provider", "F", "memory strategies: no one named")
    pl.no("structure.section-empty", "I", "I says something (wrong in a final), it is not a "
          "placeholder")
    pl.no("structure.section-empty", "G", "G makes an explicit statement")
    pl.no("draft.names-school", "I", "final plan")
    pl.no("health.needs-unrecorded", "C", "C records her health needs")
    pl.no("voice.aspirations-missing", "A",
          "her parents' hopes (stay with friends, the local secondary school) are recorded")
    pl.no("outcomes.education-only", "E",
          "the PE changing outcome addresses independence and self-care")
    pl.no("outcomes.not-aspirational", "E",
          "outcomes aim at progress; the social outcome links to the hope of staying with "
          "her friends")
    pl.no("golden-thread.need-without-outcome", "E",
          "physical needs (writing, changing) and cognition and learning (maths) have outcomes")
    pl.no("consistency.other-name", None, "Yasmin Akhtar is her class teacher; no other child's "
          "name appears")
    pl.no("transition.phase-transfer-missing", None, "Year 4 is not a transfer year")
    pl.no("timeliness.over-20-weeks", None, "neither a request date nor an issue date is stated")
    pl.no("final.open-revisions", None, "no tracked changes or comments")
    pl.unjudged("stale.review-overdue", "stale.advice-outdated", "stale.outcome-date-passed",
                "stale.age-mismatch",
                why="the plan states no date, so these cannot be judged from the document")
    return pl


# ============================================================================================
# 9. draft-poor-numbered-y8 — a poor draft with no date of birth, placeholders in H1, H2
#    and J, no outcomes, and social care needs with no social care provision. Section I is
#    left blank, as a draft may.
# ============================================================================================
def plan_draft_poor_numbered_y8():
    titles = numbered_titles({"*": ": ", "B": " ", "C": " ", "E": " ", "I": " "})
    pl = Plan("draft-poor-numbered-y8", authority="Westmere Borough Council", status="draft",
              layout="numbered", name="Callum Reid", dob=None, plan_date="2026-11-16",
              titles=titles, heading_style="LAHeading", sub_style="LASubHeading", year_group=8,
              extra_note="No date of birth is stated; the text gives Year 8.")
    pl.p(R("Westmere Borough Council", bold=True, size=14))
    pl.doc.title("Draft Education, Health and Care Plan")
    for label, value in [("Name of young person", "Callum Reid"),
                         ("School", "Westmere High School"), ("Year group", "Year 8"),
                         ("Date of draft", "16 November 2026"),
                         ("SEND caseworker", "Rebecca Lowe")]:
        pl.p([R(label + ": ", bold=True), value])
    pl.page_break()

    pl.section("A")
    pl.sub("About me")
    pl.p("Callum told us he likes skateboarding, drawing comics and his dog, Rolo. He says "
         "school is \u201ctoo loud and too big\u201d. Callum would like to be a graphic "
         "designer or to make video games.")
    pl.sub("Dad's views")
    pl.p("His dad, Mark Reid, hopes Callum will get back into full-time school and \u201cbe "
         "happy again\u201d.")

    pl.section("B")
    pl.sub("Social, emotional and mental health")
    pl.p("Callum is very anxious about school. His attendance this term is 61%, and on most "
         "days he arrives late after refusing to leave the house. In school he avoids the "
         "canteen and corridors and has had panic attacks in assemblies.")
    pl.sub("Cognition and learning")
    pl.p("Callum's processing speed is well below average, and his reading comprehension is "
         "about three years behind his reading accuracy. He copes well in maths and art.")

    pl.section("C")
    pl.p("Callum has asthma, managed with a preventer and a reliever inhaler. He was referred "
         "to CAMHS for anxiety and had his first assessment appointment in October 2026.")

    pl.section("D")
    pl.p("Callum lives with his dad, Mark, and his younger sister. Mark has multiple sclerosis, "
         "and Callum helps to care for him, including making meals and reminding him to take "
         "his medication. Westmere Young Carers Service assessed Callum as a young carer in "
         "September 2026, and the family have an allocated social worker under a child in "
         "need plan.")
    pl.page_break()

    pl.section("E")
    pl.p("Callum's teachers set his targets each term and share them with his dad at parents' "
         "evenings. His progress is tracked through the school's assessment system.")

    pl.section("F")
    provision_table(pl, [
        ["Phased return to a full timetable, agreed with Callum and his dad, adding one "
         "lesson a week.", "Reviewed every 2 weeks", "Head of Year 8 and the SENCo"],
        ["Anxiety programme (Cool Connections).", "1 session of 45 minutes a week for 10 weeks",
         "Trained school counsellor"],
        ["Reading comprehension intervention (reciprocal reading) in a group of 4.",
         "3 sessions of 30 minutes a week", "Teaching assistant trained in reciprocal reading"],
        ["A named key adult meets Callum at the school gate.", "Every morning at 08:35",
         "Learning mentor, Mr Joe Baptiste"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Assessment and treatment for anxiety.", "8 sessions of 50 minutes, every 2 weeks, "
         "from December 2026", "CAMHS practitioner, Westmere CAMHS"],
        ["Asthma review.", "Once a year", "Practice nurse, Westmere Green Surgery"],
    ], headers=("Health provision", "How often", "Provided by"))

    pl.section("H1")
    pl.p("N/A")
    pl.section("H2")
    pl.p("N/A")
    pl.section("I")
    pl.section("J")
    pl.p("TBC")
    pl.page_break()

    pl.section("K")
    advice_table(pl, [
        ["Parent's views", "Mark Reid (father)", "28 September 2026"],
        ["Callum's views", "Callum, with Mr Joe Baptiste", "2 October 2026"],
        ["Educational advice", "Ms Laura Benn, SENCo, Westmere High School", "5 October 2026"],
        ["Medical advice", "Dr Hassan Qureshi, community paediatrician", "8 October 2026"],
        ["Psychological advice", "Dr Emma Stokes, educational psychologist", "12 October 2026"],
        ["Social care advice", "Ms Tania Green, social worker, Westmere Children's Services",
         "1 October 2026"],
    ])

    # ---- labels -------------------------------------------------------------------------
    pl.exp("structure.front-matter-missing", None, "no date of birth anywhere in the plan")
    pl.exp("structure.section-empty", "H1", "H1 says only 'N/A'")
    pl.exp("structure.section-empty", "H2", "H2 says only 'N/A'")
    pl.exp("structure.section-empty", "J", "J says only 'TBC'")
    pl.exp("social-care.provision-missing", "H1",
           "D records a young carer's assessment, a social worker and a child in need plan, "
           "but H1 and H2 specify nothing")
    pl.exp("outcomes.none", "E",
           "E describes how school sets targets but states no outcome")
    pl.no("structure.section-empty", "I",
          "a draft must not name a school; leaving Section I blank is lawful (CFA s.38(5))")
    pl.no("structure.section-empty", "E", "E holds two sentences of text (but no outcomes)")
    pl.no("draft.names-school", "I", "Section I is blank")
    pl.no("final.open-revisions", None, "draft plan")
    pl.no("outcomes.not-aspirational", "E", "E has no outcomes: outcomes.none applies instead")
    pl.no("outcomes.not-time-bound", "E", "E has no outcomes")
    pl.no("outcomes.not-measurable", "E", "E has no outcomes")
    pl.no("outcomes.service-led", "E", "E has no outcomes")
    pl.no("stale.outcome-date-passed", "E", "E has no outcomes, so no target dates")
    pl.no("pfa.age-inappropriate", "E", "E has no outcomes")
    pl.no("health.provision-missing", "G", "G provides CAMHS treatment and an asthma review")
    pl.no("social-care.needs-unrecorded", "D", "D records the needs")
    pl.no("pfa.missing", "E", "Year 8 (stated): PfA content is not yet required")
    pl.no("pfa.area-missing", "E", "Year 8 (stated)")
    pl.no("transition.phase-transfer-missing", None, "Year 8 is not a transfer year")
    pl.no("consistency.other-name", None,
          "Mark (father), Rolo (dog) and the professionals are introduced")
    pl.unjudged("golden-thread.need-without-outcome", "outcomes.education-only",
                why="E has no outcomes at all; whether these also fire alongside outcomes.none "
                    "is a policy choice the catalogue does not settle")
    return pl


# ============================================================================================
# 10. final-poor-lettered-y11 — a first final plan for a Year 11 student, issued 19 weeks
#     after the request. Good on transition to college; weak on voice (no hopes recorded),
#     on two preparing-for-adulthood areas and on the golden thread for SEMH.
# ============================================================================================
def plan_final_poor_lettered_y11():
    titles = dict(LETTERED)
    titles["A"] = "Section A: The views, interests and aspirations of Kieran and his parents"
    pl = Plan("final-poor-lettered-y11", authority="Ashcombe County Council", status="final",
              layout="lettered", name="Kieran Doyle", dob="2010-07-22", plan_date="2026-01-19",
              titles=titles, heading_style="LAHeading", sub_style="LASubHeading")
    pl.p(R("Ashcombe County Council", bold=True, size=14))
    pl.doc.title("Final Education, Health and Care Plan")
    pl.labels_table([
        ("Name", "Kieran Doyle"),
        ("Date of birth", "22 Jul 2010"),
        ("Unique pupil number", "A804211907316"),
        ("School", "Ashcombe Valley School"),
        ("Year group", "Year 11"),
        ("Primary need", "Specific learning difficulty (SpLD)"),
        ("Date request for EHC needs assessment received", "8 September 2025"),
        ("Date final plan issued", "19 January 2026"),
        ("First review by", "18 July 2026"),
    ])
    pl.page_break()

    pl.section("A")
    pl.sub("About me, in my words")
    pl.p("I'm Kieran. I like cars, especially rally cars, and on Saturdays I help my grandad "
         "in his garage. I play five-a-side with my mates on Thursdays. I don't like reading "
         "out loud or being rushed.")
    pl.p("What helps me: coloured overlays, having the instructions written on the board, and "
         "teachers who don't make a big deal of it when I get stuck.")
    pl.sub("My mum's views")
    pl.p("Kieran's mum, Donna, says he is practical and good with his hands, and that he has "
         "lost confidence at school over the last two years. At home he is calm and helpful.")

    pl.section("B")
    pl.sub("Cognition and learning")
    pl.p("Kieran has dyslexia (specialist teacher assessment, September 2025). His reading "
         "accuracy is at about the level of a 10-year-old and his spelling at about the level "
         "of an 8-year-old. His processing speed is low, so he runs out of time in exams.")
    pl.sub("Social, emotional and mental health")
    pl.p("Kieran has low self-esteem and severe exam anxiety. He refused to attend school on "
         "6 days in the autumn term 2025, all of them test days, and he says he is "
         "\u201cthick\u201d.")

    pl.section("C")
    pl.p("Dr Helen Okafor, community paediatrician, assessed Kieran in October 2025 and found "
         "no health needs related to his special educational needs.")

    pl.section("D")
    pl.p("No social care needs have been identified. Kieran's mum was asked at the assessment "
         "meeting and confirmed that the family do not need social care support.")
    pl.page_break()

    pl.section("E")
    pl.table([
        ["Area", "Outcome"],
        ["Cognition and learning",
         "By July 2026, Kieran will read GCSE exam questions with a reader pen and answer "
         "them within his 25% extra time, achieving grade 4 or above in English Language and "
         "maths."],
        ["Education and employment (preparing for adulthood)",
         "By September 2026, Kieran will start a Level 2 Motor Vehicle course at Ashcombe "
         "College, having been to a taster day and an interview with his learning support "
         "plan in place."],
        ["Independent living (preparing for adulthood)",
         "By July 2026, Kieran will travel by bus on his own to Ashcombe College for his "
         "taster day and interview, after 4 practice journeys."],
        ["Independent living (preparing for adulthood)",
         "By July 2026, Kieran will open a bank account and use a budgeting app to track his "
         "Saturday wages for 4 weeks in a row."],
    ], col_widths=[30, 70])

    pl.section("F")
    provision_table(pl, [
        ["Exam access arrangements: 25% extra time, a reader pen and a separate room.",
         "All mock and GCSE exams",
         "Exams officer; assessment by a specialist assessor holding an SpLD practising "
         "certificate"],
        ["Specialist literacy teaching (structured and multisensory), 1:1.",
         "2 sessions of 45 minutes a week",
         "Specialist teacher with a Level 7 SpLD qualification"],
        ["Mentoring on self-esteem and exam anxiety.",
         "1 session of 30 minutes a week", "Learning mentor"],
        ["Transition to college: interview preparation, a taster day, and a transition "
         "meeting with the college's learning support team in June 2026.",
         "3 sessions of 1 hour plus the taster day",
         "SENCo and careers adviser"],
        ["Careers guidance.", "2 interviews of 45 minutes in Year 11",
         "Careers adviser qualified to Level 6, Ashcombe Careers Service"],
        ["Travel training on the bus route to Ashcombe College.",
         "4 accompanied journeys, May to June 2026",
         "Ashcombe Independent Travel Training Team"],
        ["Money skills: opening a bank account and budgeting, in the Year 11 Life Skills "
         "course.", "1 lesson of 50 minutes a week in the spring term", "Life Skills teacher"],
    ])

    pl.section("G")
    pl.p("No health provision is required, as no health needs are recorded in Section C.")
    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No social care provision is required.")

    pl.section("I")
    pl.p("Ashcombe Valley School (mainstream secondary school, 11–16) until 31 July 2026.")
    pl.p("From September 2026: Ashcombe College (general further education college), Level 2 "
         "Motor Vehicle course.")

    pl.section("J")
    pl.p("Kieran's mum has not asked for a personal budget. She was given information about "
         "personal budgets at the assessment meeting.")
    pl.page_break()

    pl.section("K")
    advice_table(pl, [
        ["Parent's views", "Donna Doyle (mother)", "29 September 2025"],
        ["Kieran's views", "Kieran, with his learning mentor", "1 October 2025"],
        ["Educational advice", "Mr Gareth Powell, SENCo, Ashcombe Valley School",
         "6 October 2025"],
        ["Medical advice", "Dr Helen Okafor, community paediatrician", "14 October 2025"],
        ["Psychological advice", "Ms Rachel Dunn, educational psychologist", "20 October 2025"],
        ["Social care advice", "Ashcombe Children's Services (no involvement)", "2 October 2025"],
        ["Preparing for adulthood advice", "Ms Lena Ward, careers adviser", "9 October 2025"],
        ["Specialist teacher assessment", "Mrs Pat Quinn, specialist teacher (SpLD)",
         "15 September 2025"],
    ])
    signature(pl, "Karen Webb, SEND Officer", "19 January 2026")

    # ---- labels -------------------------------------------------------------------------
    pl.exp("voice.aspirations-missing", "A",
           "A records Kieran's likes, dislikes and what helps, and his mum's view of him, but "
           "no hopes or aspirations for the future")
    pl.exp("pfa.area-missing", "E",
           "area 3 (friends, relationships and community) is not covered in E, F, G or H")
    pl.exp("pfa.area-missing", "E",
           "area 4 (being healthy in adult life) is not covered in E, F, G or H")
    pl.exp("golden-thread.need-without-outcome", "E",
           "B describes social, emotional and mental health needs (exam anxiety, low "
           "self-esteem, refusal); E has no outcome for them")
    pl.no("golden-thread.need-without-provision", "F",
          "SEMH has provision (weekly mentoring) and cognition and learning has literacy "
          "teaching")
    pl.no("health.needs-unrecorded", "C",
          "C reports that a paediatrician found no health needs; nothing elsewhere names a "
          "health condition")
    pl.no("health.provision-missing", "G", "C records no health needs")
    pl.no("transition.phase-transfer-missing", None,
          "Year 11: the move to Ashcombe College is covered in E, F and I")
    pl.no("timeliness.over-20-weeks", None,
          "8 September 2025 to 19 January 2026 is 19 weeks")
    pl.no("pfa.missing", "E", "education, employment and independent living outcomes exist")
    pl.no("outcomes.education-only", "E", "C and D record no needs")
    pl.no("provision.vague", "F", "'May to June 2026' in the travel-training item is a month")
    pl.no("outcomes.not-aspirational", "E",
          "outcomes aim at change (a college course, travel, money); A states no aspirations, "
          "which is voice.aspirations-missing")
    pl.no("stale.outcome-date-passed", "E",
          "July and September 2026 are after the plan date (19 January 2026)")
    pl.no("structure.section-empty", "D", "D is an explicit statement, confirmed by the parent")
    pl.no("structure.section-empty", "G", "G explains why no provision is needed")
    pl.no("pfa.young-person-voice", "A", "Kieran is 15, and his own words are in A anyway")
    pl.no("consistency.other-name", None, "Donna (mother) and the professionals are introduced")
    pl.no("stale.age-mismatch", "B",
          "'the level of a 10-year-old' and 'of an 8-year-old' describe attainment, not his "
          "age")
    return pl


# ============================================================================================
# 11. final-good-numbered-y6 — a good final for a deaf Year 6 pupil, amended at the Year 6
#     review: transition to secondary planned, social care needs met through short breaks and
#     a direct payment.
# ============================================================================================
def plan_final_good_numbered_y6():
    pl = Plan("final-good-numbered-y6", authority="Hollinsford City Council", status="final",
              layout="numbered", name="Oliver Nowak", dob="2016-01-27", plan_date="2026-10-19",
              titles=numbered_titles({"*": " – "}), heading_style="Heading2",
              sub_style="Heading3")
    pl.p(R("Hollinsford City Council", bold=True, size=14))
    pl.doc.title("EHC Plan – amended following annual review (Final)")
    pl.labels_table([
        ("Name", "Oliver Nowak"),
        ("Date of birth", "27/01/2016"),
        ("Year group", "Year 6"),
        ("School", "Brookside Primary School (Deaf Resource Base)"),
        ("Primary need", "Hearing impairment (HI)"),
        ("Date of annual review (phase transfer review)", "24 September 2026"),
        ("Date amended plan issued", "19 October 2026"),
        ("Secondary school to be named by", "15 February 2027"),
        ("SEND caseworker", "Tariq Hussain"),
    ])
    pl.page_break()

    pl.section("A")
    pl.sub("About me")
    pl.p("I'm Oliver and I'm 10. I'm deaf. I use my cochlear implant and my hearing aid, and I "
         "sign BSL with my friends at the Deaf base. I love football (I'm a goalkeeper), Lego "
         "Technic and baking with my mum. My little sister Zosia is 6 and she is learning to "
         "sign too.")
    pl.sub("My hopes for the future")
    pl.p("When I'm older I want to be an engineer and build bridges. I'm a bit worried about "
         "secondary school because it's big and I won't know the teachers. I want to go to a "
         "school where there are other deaf children.")
    pl.sub("My parents' views")
    pl.p("His mum, Katarzyna, says she is proud of how hard Oliver works and how much his "
         "signing has grown. She and his dad, Piotr, would like him to go to a secondary "
         "school with a resource base, so that he keeps his deaf friends and has teachers who "
         "understand deafness.")

    pl.section("B")
    pl.sub("Communication and interaction")
    pl.p("Oliver's spoken English vocabulary is about two years behind that of his hearing "
         "classmates. He misses conversation that is not directed at him, so he often does not "
         "know what has been agreed in group work.")
    pl.sub("Sensory and/or physical")
    pl.p("Oliver has a severe to profound hearing loss in both ears. He relies on lip-reading "
         "and signing in noisy rooms, and he tires from listening by the afternoon.")
    pl.sub("Social, emotional and mental health")
    pl.p("Oliver has close friends in the Deaf base but is often left out in groups of "
         "hearing children. He is anxious about moving to secondary school.")
    pl.sub("Cognition and learning")
    pl.p("His maths is at the expected level for Year 6. His reading comprehension is below "
         "it because of his vocabulary, particularly for inference questions.")

    pl.section("C")
    pl.p("Oliver has a bilateral severe to profound sensorineural hearing loss, found by "
         "newborn hearing screening. He has had a cochlear implant in his right ear since 2018 "
         "and wears a hearing aid in his left ear. He is seen by the Hollinsford Cochlear "
         "Implant Programme and the paediatric audiology service. He is otherwise in good "
         "health.")

    pl.section("D")
    pl.p("A social care assessment by the Hollinsford Children with Disabilities Team in June "
         "2026 found that Oliver rarely spends time with other deaf children outside school, "
         "which limits his friendships and independence. He is eligible for short breaks.")
    pl.page_break()

    pl.section("E")
    pl.table([
        ["Area", "Outcome"],
        ["Communication and interaction",
         "By the end of Year 6 (July 2027), Oliver will use 30 new words from his Year 6 "
         "topics correctly in spoken English or BSL, checked each half-term by his Teacher of "
         "the Deaf."],
        ["Sensory, health and independence",
         "By the end of Year 6 (July 2027), Oliver will check his implant processor and "
         "hearing aid each morning, change the batteries himself and tell an adult straight "
         "away when a device is not working, every school day for a half-term."],
        ["Social, emotional and mental health; community",
         "By July 2027, Oliver will belong to a club or team with hearing children (for "
         "example a football club) for a full term, with a communication plan agreed with the "
         "coach."],
        ["Moving to secondary school",
         "By the end of his first half-term in Year 7 (October 2027), Oliver will find his "
         "way to all his lessons using his timetable and map, and will name two adults he can "
         "go to for help."],
        ["Cognition and learning",
         "By July 2027, Oliver will answer 7 out of 10 inference questions about a Year 6 text "
         "correctly after the key vocabulary has been pre-taught."],
        ["Independence (preparing for adulthood)",
         "By July 2027, Oliver will buy an item in a shop and check his change, speaking with "
         "the shop assistant himself, on 3 occasions."],
    ], col_widths=[28, 72])

    pl.section("F")
    provision_table(pl, [
        ["Teaching in his mainstream class with a communication support worker signing and "
         "interpreting.", "25 hours a week in term time",
         "Communication support worker holding BSL Level 3"],
        ["Pre-teaching and post-teaching of topic vocabulary, 1:1, including the words "
         "needed for reading comprehension.",
         "4 sessions of 20 minutes a week", "Qualified Teacher of the Deaf"],
        ["Direct teaching on language and on explaining his needs to others.",
         "1 hour a week", "Qualified Teacher of the Deaf"],
        ["Speech and language therapy, with targets set for staff.",
         "6 sessions of 30 minutes each term, plus 1 target-setting visit each term",
         "Speech and language therapist specialising in deafness"],
        ["Radio aid worn in all lessons and checked at the start of each day.", "Daily",
         "Communication support worker; equipment checked each term by the educational "
         "audiologist"],
        ["A 10-minute quiet break after lunch to reduce listening fatigue.", "Daily",
         "Communication support worker"],
        ["Transition to secondary school: 6 extra visits, a communication passport, and deaf "
         "awareness training for Year 7 staff.",
         "6 visits of 1 hour in June and July 2027; training of 1 hour in September 2027",
         "Teacher of the Deaf with the secondary school's SENCo"],
        ["Sessions with a deaf adult role model, to build confidence and friendships.",
         "1 hour each half-term",
         "Deaf instructor, Hollinsford Sensory Support Service"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Cochlear implant review and processor tuning.", "Once a year",
         "Clinical scientist, Hollinsford Cochlear Implant Programme"],
        ["Hearing aid review and new ear moulds.", "Every 6 months",
         "Paediatric audiologist, Hollinsford Audiology Service"],
    ], headers=("Health provision", "How often", "Provided by"))

    pl.section("H1")
    provision_table(pl, [
        ["Short breaks: Saturday club for deaf children.",
         "3 hours each Saturday in term time (36 sessions a year)",
         "Youth workers (BSL Level 2 or above), Hollinsford Deaf Children's Society"],
        ["Summer holiday activity scheme with a support worker who uses BSL.",
         "5 days of 6 hours in August 2027",
         "Support worker paid through the direct payment in Section 11 (J)"],
    ], headers=("Social care provision", "How much", "Provided by"))
    pl.section("H2")
    pl.p("No other social care provision is required.")

    pl.section("I")
    pl.p("Brookside Primary School – a mainstream community primary school with a resource "
         "base for deaf children – until the end of Year 6 (July 2027).")
    pl.p("The secondary school from September 2027 will be named in this plan by 15 February "
         "2027, after consultation with the schools Oliver's parents prefer.")

    pl.section("J")
    pl.p("Oliver's parents receive a direct payment of \u00a3900 a year to employ a support "
         "worker who uses BSL for the 5-day summer activity scheme in Section 8 (H1): 30 hours "
         "at \u00a330 an hour. The Saturday club is commissioned directly by the council and is "
         "not part of the personal budget.")
    pl.page_break()

    pl.section("K")
    advice_table(pl, [
        ["Oliver's views", "Oliver, with his communication support worker",
         "10 September 2026"],
        ["Parents' views", "Katarzyna and Piotr Nowak (parents)", "8 September 2026"],
        ["Educational advice", "Mrs Ruth Adair, SENCo, Brookside Primary School",
         "15 September 2026"],
        ["Hearing impairment advice", "Mr Sam Idowu, Qualified Teacher of the Deaf, "
         "Hollinsford Sensory Support Service", "14 September 2026"],
        ["Medical advice", "Dr Mei Lin, consultant audiovestibular physician",
         "2 September 2026"],
        ["Psychological advice", "Dr Omar Siddiqui, educational psychologist", "18 June 2026"],
        ["Social care advice", "Ms Bethan Cole, social worker, Children with Disabilities Team",
         "25 June 2026"],
        ["Speech and language therapy advice", "Ms Rosie Kaye, speech and language therapist",
         "9 September 2026"],
    ])
    signature(pl, "Tariq Hussain, SEND Caseworker", "19 October 2026")

    # ---- labels -------------------------------------------------------------------------
    pl.no("transition.phase-transfer-missing", None,
          "Year 6: E has a starting-secondary outcome, F a transition programme, and I says "
          "when the secondary school will be named")
    pl.no("consistency.pronoun-mixed", None,
          "'she' in A refers to his mum and his sister, not to Oliver")
    pl.no("consistency.other-name", None,
          "Zosia (sister), Katarzyna and Piotr (parents) are introduced as family")
    pl.no("stale.age-mismatch", None,
          "'I'm 10', 'Year 6' and 'a Year 6 text' all match 27/01/2016 at 19 October 2026; "
          "'Zosia is 6' is his sister's age")
    pl.no("advice.required-missing", "K",
          "hearing loss is a need, and a Qualified Teacher of the Deaf's advice is listed")
    pl.no("social-care.provision-missing", "H1", "D's needs are met by short breaks in H1")
    pl.no("social-care.needs-unrecorded", "D", "D records the needs that H1 and J provide for")
    pl.no("structure.section-empty", "H2",
          "'No other social care provision is required.' is an explicit statement")
    pl.no("final.placement-missing", "I",
          "I names Brookside Primary School and its type until July 2027")
    pl.no("pfa.age-inappropriate", "E",
          "the independence outcomes (devices, shopping) suit a 10-year-old; becoming an "
          "engineer is Oliver's own hope in A, not an outcome")
    return pl


# ============================================================================================
PLANS = [
    plan_final_good_lettered_y10,
    plan_draft_poor_numbered_y3,
    plan_draft_good_numbered_age3,
    plan_final_poor_lettered_y6,
    plan_final_good_numbered_age17,
    plan_final_poor_lettered_y9,
    plan_final_poor_numbered_age20,
    plan_final_poor_lettered_y4,
    plan_draft_poor_numbered_y8,
    plan_final_poor_lettered_y11,
    plan_final_good_numbered_y6,
]


# The front matter each existing plan states beyond name, date of birth, status and the
# plan's date (read off the tables and lines written above).
EXISTING_FRONT = {
    "final-good-lettered-y10": dict(review_date="28 January 2026", school_year="Year 10",
                                    primary_need="Autism (ASD)", primary_need_code="ASD",
                                    placement="Kingsmead Academy"),
    "draft-poor-numbered-y3": dict(school_year="Year 3", placement="Oakfield Primary School",
                                   request_date="26 June 2026"),
    "draft-good-numbered-age3": dict(placement="Little Acorns Day Nursery"),
    "final-poor-lettered-y6": dict(review_date="3 July 2025", school_year="Year 6",
                                   primary_need="Social, emotional and mental health (SEMH)",
                                   primary_need_code="SEMH", placement="Westmere Park Primary School"),
    "final-good-numbered-age17": dict(review_date="10 June 2026",
                                      school_year="Year 12 (first year of a two-year study programme)",
                                      primary_need="Moderate learning difficulty (MLD)",
                                      primary_need_code="MLD",
                                      placement="Brackenridge College, Mill Road Campus"),
    "final-poor-lettered-y9": dict(school_year="Year 9", placement="Ashcombe Valley School",
                                   request_date="1 September 2025"),
    "final-poor-numbered-age20": dict(review_date="24 March 2026", placement="Calderbrook College"),
    "final-poor-lettered-y4": dict(school_year="Year 4", primary_need="Physical disability (PD)",
                                   primary_need_code="PD",
                                   placement="St Anne's Church of England Primary School"),
    "draft-poor-numbered-y8": dict(school_year="Year 8", placement="Westmere High School"),
    "final-poor-lettered-y11": dict(school_year="Year 11",
                                    primary_need="Specific learning difficulty (SpLD)",
                                    primary_need_code="SpLD", placement="Ashcombe Valley School",
                                    request_date="8 September 2025"),
    "final-good-numbered-y6": dict(review_date="24 September 2026", school_year="Year 6",
                                   primary_need="Hearing impairment (HI)", primary_need_code="HI",
                                   placement="Brookside Primary School (Deaf Resource Base)"),
}


# The grades a QA officer gave each existing plan (grade_band in its labels), with why.
EXISTING_GRADE = {
    "draft-good-lettered-bold-y7": (["Good", "Outstanding"],
        "a clear, specific draft: every need has quantified, owned provision and SMART outcomes; no statutory gap"),
    "draft-good-numbered-age3": (["Good", "Outstanding"],
        "a lawful draft for a 3-year-old with specific provision, measurable outcomes and the nursery-to-Reception move planned"),
    "draft-poor-numbered-y3": (["Inadequate"],
        "a draft that names a school, J 'N/A', no EP advice, another child's name, and vague, unowned provision throughout"),
    "draft-poor-numbered-y8": (["Inadequate"],
        "no outcomes at all, social care needs with no provision, H1/H2/J placeholders and no date of birth"),
    "final-good-change-programme-y4": (["Good", "Outstanding"],
        "complete, specific and lawful: every need has outcomes and quantified, owned provision"),
    "final-good-lettered-y10": (["Good", "Outstanding"],
        "complete and specific, PfA from Year 10 in all four areas, current advice; nothing a QA officer would raise"),
    "final-good-numbered-age17": (["Good", "Outstanding"],
        "her own voice at 17, all four PfA areas, adult transition and short breaks provided; no statutory gap"),
    "final-good-numbered-y6": (["Good", "Outstanding"],
        "secondary transfer planned, specific provision and SMART outcomes; no statutory gap"),
    "final-good-titled-y5": (["Good", "Outstanding"],
        "child-centred, specific and lawful; every need has outcomes and owned, quantified provision"),
    "final-poor-area-tables-y8": (["Inadequate", "Requires improvement"],
        "health needs with no health provision and an overdue review are statutory breaches; the rest is mostly specific"),
    "final-poor-lettered-y11": (["Requires improvement"],
        "no aspirations in A, two PfA areas and the SEMH outcome missing; provision is otherwise specific and lawful"),
    "final-poor-lettered-y4": (["Inadequate"],
        "undated, no placement in I and no health provision (statutory breaches), no child's view, vague F"),
    "final-poor-lettered-y6": (["Inadequate"],
        "review overdue, stale advice and dates, no secondary transfer planning, social care and provision vague"),
    "final-poor-lettered-y9": (["Inadequate"],
        "no Section J, no PfA at all in Year 9, PfA advice missing, tracked changes left in and 28 weeks to issue"),
    "final-poor-numbered-age20": (["Inadequate"],
        "H2 missing, no social care advice, another person's name, no young person's voice at 20 and phonics outcomes"),
    "final-poor-numbered-shaded-y11": (["Inadequate"],
        "J 'N/A', vague and unowned F and G, missing PfA areas and CL outcome, 23 weeks to issue"),
}

def build_all():
    import layout_samples  # noqa: E402 (it builds on this module's Plan)
    import change_programme  # noqa: E402
    plans = []
    for make in PLANS + layout_samples.PLANS:
        plan = make()
        plan.expect_front(**EXISTING_FRONT.get(plan.stem, {}))
        plans.append(plan)
    plans.append(change_programme.plan())
    for plan in plans:
        if plan.stem in EXISTING_GRADE:
            plan.grade_band(*EXISTING_GRADE[plan.stem])
    import range_samples  # noqa: E402 (ages 2-24, middling plans, every layout)
    plans += [make() for make in range_samples.PLANS]
    return plans


def main():
    """Writes every plan, or only the plans whose stems are given as arguments. Some labels
    files carry hand-written known_misses (added by the PDF reader's maintainers), so rewrite
    an existing plan only on purpose."""
    os.makedirs(OUT_DIR, exist_ok=True)
    wanted = set(sys.argv[1:])
    for plan in build_all():
        if wanted and plan.stem not in wanted:
            continue
        plan.save(OUT_DIR)
        print("wrote samples/%s.docx and samples/%s.labels.yaml" % (plan.stem, plan.stem))


if __name__ == "__main__":
    main()
