"""The national EHC plan template trialled in the DfE change programme areas, filled in.

../shared/real-layouts/change-programme-template.docx (beside the repository) is the blank
template: personal details and services
tables, A1 and A2 as table headers, one table per broad area of need with columns
"B - Special Educational Needs | F - Special Educational Provision | E - Outcomes", a C | G | E
table, a D | H1 | H2 | E table, then I, J and K as tables and a sign-off. This module fills its
{{ placeholders }} with a fictional plan, deletes the numbered placeholder rows it does not
use, fills the I, J, K and sign-off tables by position, and puts the plan's status in the
template's (empty, red) running header. Everything else in the package is kept byte for byte,
so the file stays the real template's layout and opens in Word and LibreOffice.

Python 3 standard library only; deterministic (fixed zip timestamps and order).
"""

import os
import re
import zipfile
from xml.sax.saxutils import escape

import make_samples as ms
import segmentation as seg

HERE = os.path.dirname(os.path.abspath(__file__))
# Read from the shared reference folder beside the repository; the project keeps no copy.
TEMPLATE = os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared", "real-layouts",
                        "change-programme-template.docx")
BULLET_NUM_ID = 7  # the template's numbering: numId 7 is a level-0 bullet list

# Titles as the template writes them (column headers and headings), for the expected file.
TITLES = {
    "A": "A1",
    "B": "Special Educational Needs and Provision (B-F-E)",
    "F": "F – Special Educational Provision",
    "E": "E – Outcomes",
    "C": "Sections C (The child or young person’s health care needs which relate to their SEN) "
         "and G (Health Care Provision relating to those needs)",
    "G": "G – Health Care Provision reasonably required by the learning difficulties or "
         "disabilities which result in the child or young person having special educational needs",
    "D": "Sections D (Social care needs which relate to the SEN) and H1 and H2 (Social care "
         "provision)",
    "H1": "H1 – Any social care provision which must be made for a child or young person under 18 "
          "resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "H2 - Other social care provision reasonably required by the learning difficulties or "
          "disabilities which result in the child or young person having special educational needs",
    "I": "I - Placement",
    "J": "J - Direct Payments",
    "K": "K - The advice and information gathered during the EHC needs assessment",
}


def bullets(*items):
    return ("bullets", list(items))


# --------------------------------------------------------------------------------------------
# The plan: Maya Okafor, Year 4, a first final plan signed off on 30 June 2026
# --------------------------------------------------------------------------------------------
DETAILS = {
    "name": "Maya Okafor",
    "preferred_name": "Maya",
    "date_of_birth": "09/02/2017",
    "sex": "Female",
    "ethnicity": "Black British – African",
    "child_or_young_person_first_language": "English",
    "parent_or_carer_first_language": "English and Igbo",
    "parent_1_name": "Chioma Okafor",
    "parent_1_relationship": "Mother",
    "parent_1_email": "c.okafor@example.com",
    "parent_1_telephone_number": "01632 960412",
    "parent_1_home_address": "14 Larch Close, Wrenfield WF3 2QT",
    "parent_2_name": "Emeka Okafor",
    "parent_2_relationship": "Father",
    "parent_2_email": "e.okafor@example.com",
    "parent_2_telephone_number": "01632 960587",
    "parent_2_home_address_if_different_to_parent_or_carer_1": "Same as parent or carer 1",
    "education_setting": "Wrenfield Primary School",
    "gp_and_key_health_professional_where_applicable":
        "Dr Sunita Rao, Wrenfield Medical Practice; Dr James Hill, community paediatrician",
    "nhs_number_if_available": "999 412 7765",
    "known_to_social_care": "No",
    "other_professionals_involved_with_this_childyoung_personfamily":
        "Ms Laura Finch, speech and language therapist; Dr Omar Reid, educational psychologist",
    "currently_a_looked_after_child": "No",
    "has_been_a_looked_after_child": "No",
    "is_there_a_one_page_profile_received_append": "Yes, appended",
    "child_or_young_person_moving_to_area_with_ehcp_from_a_different_local_authority": "No",
    "history": [
        "Maya lives in Wrenfield with her mum Chioma, her dad Emeka and her baby brother Tobi. "
        "She was late to start talking, and her health visitor referred her to speech and "
        "language therapy when she was 2.",
        "Maya has been at Wrenfield Primary School since Reception and is now in Year 4. She "
        "had SEN support at school before this plan.",
    ],
    "communication":
        "How to communicate with me: give me one instruction at a time and show me a picture or "
        "a sign with it. Give me time to answer: count to ten in your head.",
    "child_views":
        "Maya told us: \"I like school when we do art and PE. I don't like it when everyone "
        "talks at once. I want a best friend to play the shop game with at playtime.\"",
    "family_views":
        "Chioma and Emeka say Maya is funny, caring and loves to dance. They worry that she is "
        "behind with reading and that other children do not understand her. They want her to be "
        "confident and to have friends.",
    "interests": "Dancing, drawing animals, the drawing app on her tablet, and helping to look "
                 "after her baby brother.",
    "strengths": "Maya is determined and kind. She has a good visual memory and learns routines "
                 "quickly, and she is good at art and PE.",
    "aspirations": "Maya says she wants to be an artist or a vet. Her parents hope she will move "
                   "to secondary school with her friends and gain qualifications.",
    "communication_interaction_strengths":
        "Maya enjoys being with other children and uses gestures and Makaton signs well to get "
        "her message across.",
    "cognition_learning_strengths": "Maya counts reliably to 50 and knows her number bonds to 10.",
    "semh_strengths": "Maya is caring and notices when other children are upset.",
    "sensory_physical_strengths":
        "Maya has no sensory or physical needs. Her hearing and vision were tested in 2025 and "
        "are within the normal range.",
    "health_care_strengths": "Maya is active and generally well.",
    "social_care_strengths": "Maya's family are close, and her grandparents live nearby.",
}

# (area key, [(need, provision, outcome)]) for each area table, in the template's order.
AREA_ROWS = {
    "communication_interaction": [
        ("Maya has developmental language disorder (speech and language therapist, February "
         "2026). She understands simple sentences but loses the meaning of instructions with "
         "more than two parts.",
         bullets("Speech and language therapy: 1 session of 30 minutes a week, 1:1, delivered by "
                 "a speech and language therapist from Wrenfield Children's Therapy Service.",
                 "Language programme set by the therapist: 3 sessions of 15 minutes a week, "
                 "delivered by a teaching assistant trained by the therapist."),
         "By July 2027, Maya will follow a three-part spoken instruction in class, with a visual "
         "prompt, on 4 out of 5 occasions observed."),
        ("Maya's sentences are 3 or 4 words long, and unfamiliar adults understand about half "
         "of what she says.",
         "Visual supports (a now-and-next board and picture cues) used in every lesson by the "
         "class teacher.",
         "By July 2027, Maya will use sentences of at least 6 words to tell an adult about her "
         "weekend, in 3 out of 4 Monday check-ins."),
    ],
    "cognition_learning": [
        ("Maya reads at about the level expected in Year 2. She knows her phase 3 phonics "
         "sounds but finds blending longer words hard.",
         "Phonics catch-up (Read Write Inc. Fresh Start): 4 sessions of 20 minutes a week, 1:1, "
         "delivered by a teaching assistant trained in the programme.",
         "By July 2027, Maya will read a book at her level aloud with 95% accuracy and answer 3 "
         "questions about it."),
        ("Maya finds it hard to write down her ideas, and she often leaves sentences unfinished.",
         "Writing sessions with a sentence frame and a word bank: 3 sessions of 20 minutes a "
         "week in a group of 4, planned and taught by the class teacher.",
         "By July 2027, Maya will write 5 sentences about a picture on her own, using a sentence "
         "frame."),
    ],
    "semh": [
        ("Maya becomes frustrated when she is not understood, and she sometimes leaves the group "
         "or hides under a table.",
         "A check-in of 10 minutes each morning with her key adult, a named teaching assistant "
         "trained in emotion coaching, to go through her calm-down plan.",
         "By July 2027, Maya will use her calm-down card to ask for a break, instead of leaving "
         "the group, on 4 out of 5 occasions recorded."),
        ("Maya has few friends and plays alone at most playtimes.",
         "Friendship group (Lego-based play) with 3 classmates: 1 session of 30 minutes a week, "
         "led by the learning mentor.",
         "By July 2027, Maya will play a game with at least one classmate at 3 playtimes a week, "
         "as she hopes to."),
    ],
    "sensory_physical": [],
}

HEALTH_ROWS = [
    ("Maya has asthma, managed with a preventer inhaler at home and a blue reliever inhaler in "
     "school.",
     bullets("An individual healthcare plan, written by the school nurse and reviewed each "
             "September.",
             "Two members of staff trained by the school nurse each September to help Maya use "
             "her inhaler and spacer."),
     "By July 2027, Maya will tell an adult when she needs her inhaler and use it with her "
     "spacer, with one adult watching, on every occasion recorded."),
]

# need, H1, H2, outcome
SOCIAL_ROWS = [
    ("No social care needs have been identified. Maya's parents were asked and confirmed this.",
     "No social care provision is required.",
     "No social care provision is required.",
     ""),
]

PLACEMENT = [("Name", "Wrenfield Primary School"), ("Type", "Mainstream community primary school")]
BUDGET = [("Details", "Maya's parents have been told about personal budgets and have chosen not "
                      "to have one at present."),
          ("Arrangements for direct payment", "Not applicable.")]
# K rows in the template's order: (title for the blank rows, date, who from); None deletes it.
ADVICE = [
    ("Parent's views", "12 March 2026", "Chioma and Emeka Okafor (parents)"),
    ("Maya's views", "16 March 2026", "Maya, with her class teacher Mr Ben Ashdown"),
    ("Educational advice", "20 March 2026", "Mrs Karen Webb, SENCo, Wrenfield Primary School"),
    (None, "18 March 2026", "Dr James Hill, community paediatrician"),           # Medical advice
    (None, "25 March 2026", "Dr Omar Reid, educational psychologist"),           # Educational psychologist
    (None, "13 March 2026", "Wrenfield Children's Services (no involvement)"),   # Social care
    (None, "10 March 2026", "Ms Laura Finch, speech and language therapist"),    # any other person
    None,  # preparing for adulthood (Year 9 and older): not yet
    None,  # advice the parent asked for: none was asked for
]
ADVICE_FIXED_TITLES = ["Medical advice", "Educational psychologist", "Social care",
                       "Advice and information from any other person the local authority "
                       "thinks appropriate"]
SIGN_OFF = ("Daniel Price, SEND Team Manager", "D. Price", "30/06/2026")
STATUS_HEADER = "Final EHC Plan"


# --------------------------------------------------------------------------------------------
# XML editing
# --------------------------------------------------------------------------------------------
def _para_text(p):
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))


def _first_rpr(p):
    m = re.search(r"<w:r(?: [^>]*)?>\s*(<w:rPr>.*?</w:rPr>)", p, re.S)
    return m.group(1) if m else ""


def _ppr(p):
    m = re.search(r"<w:pPr>.*?</w:pPr>", p, re.S)
    return m.group(0) if m else ""


def _run(text, rpr):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def _paragraphs(value, ppr, rpr):
    """New paragraphs for a value: a str, a list of str (paragraphs) or bullets(...)."""
    if isinstance(value, tuple) and value[0] == "bullets":
        base = re.sub(r"<w:numPr>.*?</w:numPr>", "", ppr, flags=re.S) or "<w:pPr></w:pPr>"
        numbered = base.replace("<w:pPr>", '<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr>'
                                '<w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % BULLET_NUM_ID, 1)
        numbered = re.sub(r'(<w:pStyle w:val="ListParagraph"/>.*?)<w:pStyle w:val="[^"]*"/>', r"\1",
                          numbered, count=1, flags=re.S)
        return "".join("<w:p>%s%s</w:p>" % (numbered, _run(t, rpr)) for t in value[1])
    texts = value if isinstance(value, list) else [value]
    return "".join("<w:p>%s%s</w:p>" % (ppr, _run(t, rpr)) for t in texts)


def _fill_placeholders(xml, values):
    """Replaces each paragraph holding one {{ placeholder }} with the value's paragraphs."""
    def replace(m):
        p = m.group(0)
        found = re.search(r"\{\{\s*(\w+)\s*\}\}", _para_text(p))
        if not found:
            return p
        key = found.group(1)
        if key not in values:
            raise KeyError("no value for placeholder %s" % key)
        return _paragraphs(values[key], _ppr(p), _first_rpr(p))
    return re.sub(r"<w:p[ >](?:(?!</w:p>).)*?</w:p>", replace, xml, flags=re.S)


def _cells(row):
    return re.findall(r"<w:tc>.*?</w:tc>", row, re.S)


def _set_cell(row, index, text):
    """The row with cell `index` holding `text` in its first paragraph (kept formatting)."""
    cells = _cells(row)
    cell = cells[index]
    p = re.search(r"<w:p[ >](?:(?!</w:p>).)*?</w:p>|<w:p/>", cell, re.S).group(0)
    rpr = re.search(r"<w:pPr>.*?<w:rPr>(.*?)</w:rPr>.*?</w:pPr>", p, re.S)
    rpr = "<w:rPr>%s</w:rPr>" % rpr.group(1) if rpr else ""
    if p == "<w:p/>":
        new = "<w:p>%s</w:p>" % _run(text, rpr)
    else:
        body = re.sub(r"<w:r(?: [^>]*)?>.*?</w:r>", "", p, flags=re.S)  # drop "YES/ NO" and the like
        new = body.replace("</w:p>", _run(text, rpr) + "</w:p>")
    return row.replace(cell, cell.replace(p, new, 1), 1)


def _rows(table):
    return re.findall(r"<w:tr[ >].*?</w:tr>", table, re.S)


def _edit_tables(xml, edit):
    """Calls edit(index, table_xml) for each table, in order, and uses what it returns."""
    count = [-1]

    def one(m):
        count[0] += 1
        return edit(count[0], m.group(0))
    return re.sub(r"<w:tbl>.*?</w:tbl>", one, xml, flags=re.S)


def fill_document(xml):
    values = dict(DETAILS)
    areas = ["communication_interaction", "cognition_learning", "semh", "sensory_physical"]
    for area in areas:
        for n in range(1, 11):
            row = AREA_ROWS[area][n - 1] if n <= len(AREA_ROWS[area]) else None
            for i, part in enumerate(("need", "provision", "outcome")):
                values["%s_%s_%d" % (area, part, n)] = row[i] if row else None
    for n in range(1, 11):
        row = HEALTH_ROWS[n - 1] if n <= len(HEALTH_ROWS) else None
        for i, part in enumerate(("need", "provision", "outcome")):
            values["health_care_%s_%d" % (part, n)] = row[i] if row else None
        row = SOCIAL_ROWS[n - 1] if n <= len(SOCIAL_ROWS) else None
        for i, key in enumerate(("social_care_need_%d", "h1_provision_%d", "h2_provision_%d",
                                 "social_care_outcome_%d")):
            values[key % n] = row[i] if row else None

    def unused(row):
        keys = re.findall(r"\{\{\s*(\w+)\s*\}\}", _para_text(row))
        return keys and all(values.get(k) is None for k in keys) and all(k in values for k in keys)

    def edit(index, table):
        rows = _rows(table)
        # Numbered placeholder rows that this plan does not use go.
        for row in rows:
            if unused(row):
                table = table.replace(row, "", 1)
        rows = _rows(table)
        if index == 10:  # I: Name | Type, then two blank rows
            for r, (label, value) in enumerate(PLACEMENT):
                table = table.replace(rows[r], _set_cell(rows[r], 1, value), 1)
            for row in rows[len(PLACEMENT):]:
                table = table.replace(row, "", 1)
        elif index == 11:  # J
            for r, (label, value) in enumerate(BUDGET):
                table = table.replace(rows[r], _set_cell(rows[r], 1, value), 1)
        elif index == 12:  # K: header, then one row per kind of advice
            for row, advice in zip(rows[1:], ADVICE):
                if advice is None:
                    table = table.replace(row, "", 1)
                    continue
                title, date, who = advice
                new = row
                if title:
                    new = _set_cell(new, 0, title)
                new = _set_cell(_set_cell(_set_cell(new, 1, date), 2, who), 3, "Yes")
                table = table.replace(row, new, 1)
        elif index == 13:  # sign-off
            new = rows[1]
            for c, text in enumerate(SIGN_OFF):
                new = _set_cell(new, c, text)
            table = table.replace(rows[1], new, 1)
        return table

    xml = _edit_tables(xml, edit)
    # Empty values in kept rows stay as empty paragraphs.
    values = {k: ("" if v is None else v) for k, v in values.items()}
    xml = _fill_placeholders(xml, values)
    assert "{{" not in _para_text(xml), "a placeholder was left unfilled"
    return xml


def fill_header(xml):
    """The template's headers hold an empty, red, centred paragraph: the status goes there."""
    m = re.search(r'<w:p[ >](?:(?!</w:p>).)*?<w:pStyle w:val="Header"/>(?:(?!</w:p>).)*?</w:p>', xml, re.S)
    if not m or _para_text(m.group(0)).strip():
        return xml
    p = m.group(0)
    rpr = re.search(r"<w:pPr>.*?(<w:rPr>.*?</w:rPr>).*?</w:pPr>", p, re.S)
    run = _run(STATUS_HEADER, rpr.group(1).replace("<w:rPr>", "<w:rPr><w:b/>", 1) if rpr else "")
    return xml.replace(p, p.replace("</w:p>", run + "</w:p>", 1), 1)


def write_docx(path):
    with zipfile.ZipFile(TEMPLATE) as src:
        infos = src.infolist()
        parts = [(i, src.read(i.filename)) for i in infos]
    with zipfile.ZipFile(path, "w") as out:
        for info, data in parts:
            if info.filename == "word/document.xml":
                data = fill_document(data.decode("utf-8")).encode("utf-8")
            elif re.fullmatch(r"word/header\d+\.xml", info.filename):
                data = fill_header(data.decode("utf-8")).encode("utf-8")
            new = zipfile.ZipInfo(info.filename, date_time=ms.docxgen_zip_date())
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = 0o644 << 16
            new.create_system = 0
            out.writestr(new, data)


# --------------------------------------------------------------------------------------------
# The sample: labels and expected segmentation
# --------------------------------------------------------------------------------------------
class ChangeProgrammePlan(ms.Plan):
    def save(self, out_dir):
        write_docx(os.path.join(out_dir, self.stem + ".docx"))
        with open(os.path.join(out_dir, self.stem + ".labels.yaml"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(self.labels_yaml())
        self.segmentation(out_dir)


def _cell_paras(value):
    if isinstance(value, tuple) and value[0] == "bullets":
        return [seg.Para(t, level=0) for t in value[1]]
    return [seg.Para(t) for t in (value if isinstance(value, list) else [value]) if t]


def _record(pl):
    """What the filled template holds, section by section, as tools/segmentation.py reads it."""
    b = pl.record.blocks
    order = []

    def heading(code):
        if code not in order:
            order.append(code)
        b.append((code, ("heading", TITLES[code])))

    def para(code, text, bold=False):
        b.append((code, ("para", seg.Para(text, bold=bold))))

    heading("A")
    para("A", DETAILS["history"][0])
    heading("B")
    para("B", DETAILS["communication_interaction_strengths"])
    area_names = {"communication_interaction": "communication-interaction",
                  "cognition_learning": "cognition-learning", "semh": "semh",
                  "sensory_physical": "sensory-physical"}
    first_table = True
    for area, rows in AREA_ROWS.items():
        tid = pl.record.new_table()
        if first_table:
            heading("F")
            heading("E")
            first_table = False
        for need, provision, outcome in rows:
            for code, value in (("B", need), ("F", provision), ("E", outcome)):
                b.append((code, ("column", _cell_paras(value), tid, area_names[area])))
    heading("C")
    para("C", "Strengths", bold=True)
    tid = pl.record.new_table()
    heading("G")
    for need, provision, outcome in HEALTH_ROWS:
        for code, value in (("C", need), ("G", provision), ("E", outcome)):
            b.append((code, ("column", _cell_paras(value), tid, "health")))
    heading("D")
    para("D", "Strengths", bold=True)
    tid = pl.record.new_table()
    heading("H1")
    heading("H2")
    for row in SOCIAL_ROWS:
        for code, value in zip(("D", "H1", "H2", "E"), row):
            b.append((code, ("column", _cell_paras(value), tid, "social-care")))
    heading("I")
    para("I", "Name", bold=True)
    heading("J")
    para("J", "Details", bold=True)
    heading("K")
    rows = [seg.Row([[seg.Para("Advice and information requested:", bold=True)],
                     [seg.Para("Date received", bold=True)], [seg.Para("Who from", bold=True)],
                     [seg.Para("Appended", bold=True)]])]
    fixed = iter(ADVICE_FIXED_TITLES)
    for advice in ADVICE:
        if advice is None:
            continue
        title, date, who = advice
        rows.append(seg.Row([[seg.Para(title or next(fixed))], [seg.Para(date)], [seg.Para(who)],
                             [seg.Para("Yes")]]))
    b.append(("K", ("table", rows, pl.record.new_table())))
    pl.sections = order


def plan():
    pl = ChangeProgrammePlan(
        "final-good-change-programme-y4", authority="Wrenfield City Council", status="final",
        layout="change-programme", name="Maya Okafor", dob="2017-02-09", plan_date="2026-06-30",
        titles=TITLES, heading_style="Heading2", sub_style="Heading3",
        extra_note="The DfE change-programme template (../shared/real-layouts/), filled in by "
                   "tools/change_programme.py.")
    _record(pl)
    pl.expect_front(preferred_name="Maya", issue_date=None, signed_date="30/06/2026",
                    placement="Wrenfield Primary School")

    pl.no("structure.section-missing", None,
          "A1/A2, the B-F-E tables, the C-G-E and D-H1-H2-E tables, I, J and K are all there")
    pl.no("structure.section-empty", None,
          "every section has content; H1 and H2 say 'No social care provision is required.'")
    pl.no("structure.front-matter-missing", None,
          "name and date of birth are in the personal details table; the plan is dated in the "
          "sign-off")
    pl.no("final.not-dated", None,
          "the local authority officer signed and dated the final plan (30/06/2026) in the "
          "template's sign-off table")
    pl.no("final.placement-missing", "I", "I names Wrenfield Primary School and its type")
    pl.no("health.needs-unrecorded", "C", "C records Maya's asthma")
    pl.no("health.provision-missing", "G", "G sets out a healthcare plan and staff training")
    pl.no("social-care.needs-unrecorded", "D",
          "'Known to social care: No'; nothing in the plan mentions social work or short breaks")
    pl.no("outcomes.education-only", "E", "the asthma outcome is about looking after her health")
    pl.no("golden-thread.need-without-outcome", "E",
          "each area table with needs has outcomes; the sensory and/or physical table records "
          "that there are no needs")
    pl.no("golden-thread.need-without-provision", "F",
          "each area table with needs has provision")
    pl.no("advice.required-missing", "K",
          "parent, educational, medical, psychological and social care advice are all listed")
    pl.no("timeliness.over-20-weeks", None, "no request date is stated, so there is nothing to "
          "measure")
    pl.no("stale.age-mismatch", None, "'now in Year 4' matches 09/02/2017 at 30 June 2026")
    return pl
