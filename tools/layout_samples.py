"""Sample plans for the layout families of issue #5, written with tools/make_samples.py's
Plan builder: sections named by title without letters, headings as bold plain paragraphs
with outcomes before needs, headings as shaded table rows and inside table cells, and one
table per broad area of need. The national change-programme template is filled in
tools/change_programme.py.

Every plan is fictional. Labels (.labels.yaml) were written by reading each plan as a QA
officer would, before running ehcpqa on it; the expected segmentation (.segmentation.yaml)
comes from what the generator wrote (tools/segmentation.py).
"""

from docxgen import R, P, Cell, TextBox, Bullets  # noqa: F401
import make_samples as ms
import segmentation as seg

Plan = ms.Plan

# --------------------------------------------------------------------------------------------
# Titles
# --------------------------------------------------------------------------------------------
TITLED = {
    "A": "1. All about me",
    "B": "2. What I need help with",
    "C": "3. My health",
    "D": "4. My care needs",
    "E": "5. What I want to achieve",
    "F": "6. The help I will get with my learning",
    "G": "7. The help I will get with my health",
    "H1": "8. Help from social care (Chronically Sick and Disabled Persons Act 1970)",
    "H2": "9. Other help from social care",
    "I": "10. Where I will learn",
    "J": "11. My personal budget",
    "K": "12. Who gave advice for my plan",
}

LETTERED_DASH = {
    "A": "Section A – My views, interests and aspirations",
    "E": "Section E – Outcomes",
    "B": "Section B – Special educational needs",
    "F": "Section F – Special educational provision",
    "C": "Section C – Health needs",
    "G": "Section G – Health provision",
    "D": "Section D – Social care needs",
    "H": "Section H – Social care provision (H1 and H2)",
    "I": "Section I – Placement",
    "J": "Section J – Personal budget",
    "K": "Section K – Advice and information",
}

AREA_TABLE_PARTS = {
    "A": "Part 1: About me",
    "B": "Part 2: My needs, outcomes and provision",
    "C": "Part 3: My health",
    "D": "Part 4: My social care",
    "I": "Part 5: Where I will learn",
    "J": "Part 6: Personal budget",
    "K": "Part 7: Advice and information",
}


def cell_section(pl, code, paragraphs):
    """A section whose heading is the left cell of a two-column row, its text on the right."""
    title = pl.titles[code]
    pl.doc.table([[Cell(R(title, bold=True, size=12), shade="D9E2F3"),
                   Cell([P(t) for t in paragraphs])]], header=False, col_widths=[30, 70])
    pl.doc.para("")  # keeps this table apart from the next (Word merges adjacent tables)
    pl.cur = code
    pl.sections.append(code)
    pl.text.setdefault(code, []).extend(paragraphs)
    pl.record.blocks.append((code, ("heading", title)))
    for t in paragraphs:
        pl.record.blocks.append((code, ("para", seg.Para(t))))


# ============================================================================================
# 12. final-good-titled-y5 — sections named in the child's words, no letters; front matter in
#     a text box; status only in the running header; outcomes as numbered lists with steps.
# ============================================================================================
def plan_final_good_titled_y5():
    pl = Plan("final-good-titled-y5", authority="Northbrook Borough Council", status="final",
              layout="titled", name="Jasmine Patel", dob="2016-03-15", plan_date="2026-06-22",
              titles=TITLED, heading_style="Heading1", sub_style="Heading2",
              header="Amended plan following annual review – OFFICIAL-SENSITIVE")
    pl.p(R("Northbrook Borough Council", bold=True, size=14))
    pl.doc.title("My Education, Health and Care Plan")
    pl.text_box([
        "Name: Jasmine Patel (known as Jas)",
        "Date of birth: 15 March 2016",
        "School: Northbrook Primary School",
        "Year group: Year 5",
        "Primary need: Speech, language and communication needs (SLCN)",
        "Date of last annual review: 14 May 2026",
        "Date of issue: 22 June 2026",
    ], name="My details")
    pl.p("This plan is written with Jas and her family. It uses the order Northbrook uses for "
         "every plan; the statutory section each part covers is shown in the contents.")
    pl.page_break()

    pl.section("A")
    pl.sub("About me")
    pl.p("My name is Jasmine but everyone calls me Jas. I am 10 and I am in Year 5 at "
         "Northbrook Primary School. I live with my mum Priya, my dad Sunil and my big brother "
         "Arjun. I love netball, baking with my dad and drawing comic strips.")
    pl.sub("What is important to me")
    pl.bullets(["Having time to think before I answer.",
                "Being with my friends Maya and Grace at playtime.",
                "Knowing the plan for the day."])
    pl.sub("My hopes for the future")
    pl.p("I want to be a primary school teacher. Next year I want to read my own story out in "
         "assembly. When I am grown up I want to live near the sea.")
    pl.sub("What my family say")
    pl.p("Priya and Sunil say Jas is kind, funny and determined. They hope she will be able to "
         "explain her ideas at secondary school without being embarrassed, and that she keeps "
         "her friends when she moves up.")

    pl.section("B")
    pl.p("Jas's main area of need is communication and interaction. She is a strong reader and "
         "has good number skills.")
    pl.sub("Communication and interaction")
    pl.p("Jas has developmental language disorder (speech and language therapist, March 2026). "
         "She understands most of what is said in class but finds longer instructions and new "
         "vocabulary hard. Her sentences are short, and she often uses 'thing' when she cannot "
         "find a word.")
    pl.sub("Cognition and learning")
    pl.p("Her written work is below what she knows: she plans well out loud but loses her "
         "ideas when she writes, and her pieces are usually 3 or 4 sentences long.")
    pl.sub("Social, emotional and mental health")
    pl.p("Jas becomes upset when she cannot make herself understood, and she avoids speaking "
         "in front of the class.")

    pl.section("C")
    pl.p("Jas has mild asthma, managed with a blue reliever inhaler prescribed by her GP. She "
         "had glue ear as a young child; her hearing was tested in January 2026 and is now "
         "within the normal range.")

    pl.section("D")
    pl.p("No social care needs have been identified. Jas's parents were asked at the annual "
         "review and confirmed this.")

    pl.section("E")
    pl.p("These outcomes run to the end of Year 6 (July 2027). The steps under each one are for "
         "the next review in May 2027.")
    pl.sub("Communication and interaction")
    pl.numbered([
        "By July 2027, Jas will explain the rules of a game she knows to a group of 3 younger "
        "children, using a sentence of at least 8 words for each rule, on 2 occasions observed "
        "by her class teacher.",
        (1, "Step: by May 2027, Jas will use her word map to name 5 new topic words each half-term."),
        "By May 2027, Jas will ask an adult to repeat or explain an instruction she has not "
        "understood, in 4 out of 5 lessons observed.",
    ])
    pl.sub("Cognition and learning")
    pl.numbered([
        "By July 2027, Jas will plan a story with her talk frame and write at least 12 sentences "
        "independently in 40 minutes.",
        (1, "Step: by May 2027, she will write 8 sentences from her plan."),
    ])
    pl.sub("Social, emotional and mental health")
    pl.numbered([
        "By July 2027, Jas will read her own story aloud to her class in an assembly, as she "
        "hopes to, using her cue cards.",
    ])
    pl.sub("Independence")
    pl.numbered([
        "By July 2027, Jas will take her reliever inhaler to every PE lesson and tell the teacher "
        "when she needs to use it, without a reminder, on 9 out of 10 occasions recorded.",
    ])

    pl.section("F")
    pl.sub("Communication and interaction")
    pl.bullets([
        "Speech and language therapy: 6 sessions of 40 minutes each term, 1:1, delivered by a "
        "speech and language therapist from Northbrook Children's Therapy Service, who also sets "
        "Jas's targets.",
        "Language group (word maps and narrative): 3 sessions of 20 minutes a week in a group of "
        "4, delivered by a teaching assistant trained by the speech and language therapist.",
        "Instructions of more than two steps given in writing as well as spoken, in every lesson, "
        "by the class teacher.",
    ])
    pl.sub("Cognition and learning")
    pl.bullets([
        "Talk-for-writing sessions using a talk frame: 2 sessions of 30 minutes a week, 1:1, "
        "delivered by the class teaching assistant and planned by the SENCo.",
    ])
    pl.sub("Social, emotional and mental health")
    pl.bullets([
        "Practice for reading aloud with cue cards: 1 session of 15 minutes a week with her class "
        "teacher, and 2 rehearsals in the hall before the assembly.",
    ])
    pl.sub("Moving to secondary school")
    pl.bullets([
        "Transition planning: 3 extra visits to the secondary school in June 2027 and a one-page "
        "communication profile for her new teachers, prepared by the SENCo with Jas.",
    ])

    pl.section("G")
    pl.p("The school nurse will train two members of staff each September to support Jas with "
         "her inhaler and her asthma plan. Jas's GP practice nurse will review her asthma once "
         "a year.")

    pl.section("H1")
    pl.p("No social care provision is needed under section 2 of the Chronically Sick and "
         "Disabled Persons Act 1970, because no social care needs are recorded in part 4.")
    pl.section("H2")
    pl.p("No other social care provision is needed.")

    pl.section("I")
    pl.p("Northbrook Primary School, a mainstream community primary school, until the end of "
         "Year 6 (July 2027).")
    pl.p("Jas's secondary school will be named in this plan by 15 February 2027.")

    pl.section("J")
    pl.p("Jas's parents have been told about personal budgets and have chosen not to ask for "
         "one at present.")

    pl.section("K")
    pl.p("The advice and information below were used to write this plan:")
    pl.bullets([
        "Jas's views – Jas, with her class teacher Mrs Ellen Shaw – 30 April 2026",
        "Parents' views – Priya and Sunil Patel (parents) – 2 May 2026",
        "Educational advice – Mr Paul Grey, SENCo, Northbrook Primary School – 5 May 2026",
        "Medical advice – Dr Alice Moran, community paediatrician – 20 April 2026",
        "Psychological advice – Dr Femi Adeyemi, educational psychologist – 15 March 2026",
        "Speech and language therapy advice – Ms Hannah Cole, speech and language therapist – "
        "12 March 2026",
        "Social care advice – Northbrook Children's Services (no involvement) – 28 April 2026",
    ])

    pl.expect_front(preferred_name="Jas", review_date="14 May 2026", school_year="Year 5",
                    primary_need="Speech, language and communication needs (SLCN)",
                    primary_need_code="SLCN", placement="Northbrook Primary School")

    # ---- labels -------------------------------------------------------------------------
    pl.no("structure.section-empty", "H1",
          "H1 says no provision is needed and why: an explicit statement")
    pl.no("structure.section-empty", "H2", "'No other social care provision is needed.' is explicit")
    pl.no("structure.section-missing", None,
          "every statutory section is there, named by its title rather than its letter")
    pl.no("final.not-dated", None, "the date of issue is in the 'My details' text box")
    pl.no("health.needs-unrecorded", "C", "C records her asthma and her hearing history")
    pl.no("advice.required-missing", "K",
          "parent, educational, medical, psychological and social care advice are all listed; "
          "her hearing is now normal, so no Teacher of the Deaf advice is required")
    pl.no("outcomes.education-only", "E",
          "C records asthma, and an outcome is about managing her inhaler herself")
    pl.no("transition.phase-transfer-missing", None,
          "Year 5 at the plan date is not a transfer year (it will be by the audit date, which "
          "the rule does not use); F plans the move anyway")
    pl.no("stale.age-mismatch", "A", "'I am 10 and I am in Year 5' matches 15/03/2016 at 22 June 2026")
    return pl


# ============================================================================================
# 13. draft-good-lettered-bold-y7 — headings as bold plain paragraphs (no heading styles),
#     outcomes (E) before needs (B), one combined Section H; the draft status is only in the
#     watermark; Section K is a table without a header row.
# ============================================================================================
def plan_draft_good_lettered_bold_y7():
    pl = Plan("draft-good-lettered-bold-y7", authority="Ravensmoor District Council",
              status="draft", layout="lettered", name="Noah Bennett", dob="2014-11-03",
              plan_date="2026-10-12", titles=LETTERED_DASH, heading_style="bold",
              sub_style="bold", header="OFFICIAL-SENSITIVE", watermark="DRAFT")
    pl.p(R("Ravensmoor District Council", bold=True, size=14))
    pl.p(R("Education, Health and Care Plan", bold=True, size=18))
    pl.labels_table([
        ("Name", "Noah Bennett"),
        ("Date of birth", "3 November 2014"),
        ("School", "Ravensmoor Academy"),
        ("Year group", "Year 7"),
        ("Primary need", "Specific learning difficulty (SpLD)"),
        ("Date request received", "20 May 2026"),
        ("Date of draft", "12 October 2026"),
    ])

    pl.section("A")
    pl.p("I am Noah. I am 11 and I have just started Year 7 at Ravensmoor Academy. I like "
         "making things: I built a go-kart with my grandad and I go to a robotics club on "
         "Thursdays. Reading is hard for me and I get tired when there is a lot of writing.")
    pl.p("When I grow up I want to be an engineer and design cars. This year I want to be able "
         "to read the instructions for my robotics kits by myself.")
    pl.p("My mum and dad, Claire and Mark Bennett, say I am creative and patient with my little "
         "brother Sam. They want me to keep my confidence at secondary school and to pass my "
         "GCSEs.")

    pl.section("E")
    pl.p("Noah's outcomes run to the end of Year 8 (July 2028), with steps for the first "
         "review in October 2027.")
    pl.sub("Cognition and learning")
    pl.bullets([
        "By July 2028, Noah will read a Year 8 science text of 300 words aloud with at least 95% "
        "accuracy and answer 4 out of 5 questions about it.",
        "By October 2027, Noah will type a 150-word piece of work in 20 minutes using "
        "spell-check and a word bank.",
    ])
    pl.sub("Social, emotional and mental health")
    pl.bullets([
        "By July 2027, Noah will tell a teacher when he needs a reader or extra time, in 4 out "
        "of 5 tests, instead of leaving the questions blank.",
    ])
    pl.sub("Independence")
    pl.bullets([
        "By July 2028, Noah will follow the written instructions of a robotics kit on his own "
        "to build a working model, as he hopes to.",
    ])

    pl.section("B")
    pl.p("Noah's strengths are his practical problem-solving, his spoken vocabulary and his "
         "persistence.")
    pl.sub("Cognition and learning")
    pl.p("Noah has dyslexia (specialist teacher assessment, June 2026). He reads at about the "
         "level expected of a 9-year-old, and his spelling is at about the level of a "
         "7-year-old. He understands texts well when they are read to him.")
    pl.sub("Social, emotional and mental health")
    pl.p("Noah becomes anxious when asked to read aloud or to write at length, and in tests he "
         "leaves questions unanswered rather than ask for help.")

    pl.section("F")
    pl.table([
        ["Provision", "How often and how long", "Who provides it"],
        [Cell("Cognition and learning", span=3, shade="EDEDED", bold=True)],
        ["Structured, multisensory literacy teaching, 1:1.", "3 sessions of 30 minutes a week",
         "Specialist teacher holding an approved dyslexia qualification (AMBDA)"],
        ["Touch-typing programme with a laptop for written work.",
         "2 sessions of 20 minutes a week until he types 25 words a minute; laptop in every lesson",
         "Teaching assistant; laptop provided by the academy"],
        ["Subject vocabulary lists and texts given one lesson in advance.", "Every lesson",
         "Subject teachers, checked by the SENCo each half-term"],
        [Cell("Social, emotional and mental health", span=3, shade="EDEDED", bold=True)],
        ["A reader and 25% extra time in all tests and exams.", "Every test",
         "Exams officer, following the SENCo's assessment"],
        ["Mentoring on asking for help, with a check-in before each test week.",
         "1 session of 20 minutes a week", "Learning mentor"],
    ])

    pl.section("C")
    pl.p("Noah has no diagnosed health conditions. The school nurse completed a health "
         "assessment on 2 September 2026 and found no health needs related to his special "
         "educational needs.")

    pl.section("G")
    pl.p("No health provision is required, as no health needs are recorded in Section C.")

    pl.section("D")
    pl.p("No social care needs have been identified; Noah's parents were asked and confirmed "
         "this.")

    pl.section("H")
    pl.p("No social care provision is required.")

    pl.section("I")
    pl.p("This draft does not name a school or other institution. It will be named in the final "
         "plan, after Noah's parents have said which they prefer and the local authority has "
         "consulted it.")

    pl.section("J")
    pl.p("Noah's parents have been told about personal budgets. They will say before the end of "
         "the 15-day consultation period whether they would like one.")

    pl.section("K")
    pl.table([
        ["Parents' views", "Claire and Mark Bennett (parents)", "1 October 2026"],
        ["Noah's views", "Noah, with his form tutor", "29 September 2026"],
        ["Educational advice", "Ms Jo Ward, SENCo, Ravensmoor Academy", "25 September 2026"],
        ["Medical advice", "Mrs Kath Lowe, school nurse", "2 September 2026"],
        ["Psychological advice", "Dr Sam Ibe, educational psychologist", "10 July 2026"],
        ["Social care advice", "Ravensmoor Children's Services (no involvement)", "4 July 2026"],
        ["Specialist teacher assessment", "Mrs Ann Rigby, specialist teacher (SpLD)", "18 June 2026"],
    ], header=False, col_widths=[34, 46, 20])

    pl.expect_front(school_year="Year 7", primary_need="Specific learning difficulty (SpLD)",
                    primary_need_code="SpLD", placement="Ravensmoor Academy",
                    request_date="20 May 2026")

    # ---- labels -------------------------------------------------------------------------
    pl.no("structure.section-missing", None,
          "every section has a bold heading; H1 and H2 are one section H, and E comes before B "
          "on purpose")
    pl.no("structure.section-empty", "G", "G says why no health provision is needed")
    pl.no("structure.section-empty", "H1", "H says no social care provision is required")
    pl.no("draft.names-school", "I",
          "I names no school and no type; 'Ravensmoor Academy' appears only in A and the front "
          "matter, as his current school")
    pl.no("structure.front-matter-missing", None,
          "name, date of birth and the date of the draft are in the front table")
    pl.no("health.needs-unrecorded", "C",
          "C says no health needs after the school nurse's assessment, and no health condition "
          "is named anywhere else")
    pl.no("outcomes.education-only", "E", "C and D record no needs, so the rule does not apply")
    pl.no("stale.age-mismatch", "A", "'I am 11' and 'Year 7' match 03/11/2014 at 12 October 2026")
    pl.no("timeliness.over-20-weeks", None, "draft plan: there is no final issue date yet")
    return pl


# ============================================================================================
# 14. final-poor-numbered-shaded-y11 — numbered headings in shaded table bars; I and J with
#     their headings in the left cell of a table; issued 23 weeks after the request.
# ============================================================================================
def plan_final_poor_numbered_shaded_y11():
    titles = ms.numbered_titles({"*": " – "})
    pl = Plan("final-poor-numbered-shaded-y11", authority="Kestrel Bay Council", status="final",
              layout="numbered", name="Ruby Holt", dob="2010-01-20", plan_date="2026-04-14",
              titles=titles, heading_style="shaded", sub_style="Heading3")
    pl.p(R("Kestrel Bay Council", bold=True, size=14))
    pl.doc.title("Final Education, Health and Care Plan")
    pl.labels_table([
        ("Name", "Ruby Holt"),
        ("Date of birth", "20/01/2010"),
        ("School", "Kestrel Bay Academy"),
        ("Year group", "Year 11"),
        ("Primary need", "Social, emotional and mental health (SEMH)"),
        ("Date request for assessment received", "3 November 2025"),
        ("Date of issue", "14 April 2026"),
    ])

    pl.section("A")
    pl.p("Ruby is 15 and in Year 11 at Kestrel Bay Academy. She told us: \"I like animals and "
         "art. I want to go to college to study animal care, and one day I want to work at a "
         "rescue centre.\"")
    pl.p("Ruby's mum, Lisa Holt, says Ruby has had a difficult year and hopes she will settle at "
         "college.")

    pl.section("B")
    pl.sub("Social, emotional and mental health")
    pl.p("Ruby has high anxiety. Since September 2025 she has missed about a third of her "
         "lessons, and she finds crowded corridors and speaking in class very hard.")
    pl.sub("Cognition and learning")
    pl.p("Ruby's attainment is below her ability because of the lessons she has missed; she is "
         "working towards grade 3 in English and maths.")

    pl.section("C")
    pl.p("Ruby has generalised anxiety disorder, diagnosed by Kestrel Bay Child and Adolescent "
         "Mental Health Services (CAMHS) in December 2025.")

    pl.section("D")
    pl.p("No social care needs have been identified; Ruby and her mum were asked and confirmed "
         "this.")

    pl.section("E")
    pl.bullets([
        "By July 2026, Ruby will attend at least 85% of her timetabled lessons each half-term.",
        "Ruby will feel more confident.",
        "By September 2026, Ruby will start a Level 1 Animal Care course at Kestrel Bay College.",
        "By July 2026, Ruby will travel to the college on the bus on her own for her two "
        "taster days.",
    ])

    pl.section("F")
    pl.bullets([
        "Access to a quiet room when needed.",
        "Mentoring with a learning mentor, 1 session of 30 minutes a week.",
        "English and maths catch-up in a group of 4, 3 sessions of 40 minutes a week, delivered "
        "by a qualified teacher.",
        "Transition support to college: 2 taster days and a meeting with the college's "
        "additional learning support team in June 2026, arranged by the SENCo.",
        "Travel training on the bus route to the college, 4 sessions of 1 hour, by the Kestrel "
        "Bay travel training team.",
    ])

    pl.section("G")
    pl.p("CAMHS appointments as required.")

    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No social care provision is required.")

    cell_section(pl, "I", ["Kestrel Bay Academy, a mainstream secondary academy, until July "
                           "2026; then Kestrel Bay College, a general further education college, "
                           "from September 2026."])
    cell_section(pl, "J", ["N/A"])

    pl.section("K")
    pl.table([
        ["Advice or information", "Given by (name and role)", "Date"],
        ["Ruby's views", "Ruby, with her learning mentor", "12 January 2026"],
        ["Parent's views", "Lisa Holt (mother)", "9 January 2026"],
        ["Educational advice", "Mr Dan Cole, SENCo, Kestrel Bay Academy", "16 January 2026"],
        ["Medical advice", "Dr Ravi Shah, consultant child psychiatrist, Kestrel Bay CAMHS",
         "20 January 2026"],
        ["Psychological advice", "Dr Mia Lund, educational psychologist", "11 May 2023"],
        ["Social care advice", "Kestrel Bay Children's Services (no involvement)",
         "14 January 2026"],
        ["Preparing for adulthood advice", "Mr Tom Price, careers adviser", "19 January 2026"],
    ], col_widths=[34, 46, 20])

    pl.expect_front(school_year="Year 11",
                    primary_need="Social, emotional and mental health (SEMH)",
                    primary_need_code="SEMH", placement="Kestrel Bay Academy",
                    request_date="3 November 2025")

    # ---- labels -------------------------------------------------------------------------
    pl.exp("structure.section-empty", "J", "Section J says only 'N/A'")
    pl.exp("provision.vague", "F", "'Access to a quiet room when needed'")
    pl.exp("provision.not-quantified", "F", "the quiet room has no amount or frequency")
    pl.exp("provision.no-provider", "F", "nobody is named for the quiet room")
    pl.exp("provision.vague", "G", "'as required'")
    pl.exp("provision.not-quantified", "G", "CAMHS appointments have no frequency")
    pl.exp("provision.no-provider", "G", "no clinician or role is named, only the service")
    pl.exp("outcomes.not-time-bound", "E", "'Ruby will feel more confident.' has no date")
    pl.exp("outcomes.not-measurable", "E", "'feel more confident' cannot be checked")
    pl.exp("pfa.area-missing", "E",
           "Year 11: nothing about friends, relationships and community")
    pl.exp("pfa.area-missing", "E", "Year 11: nothing about good health in adult life")
    pl.exp("golden-thread.need-without-outcome", "E",
           "B describes cognition and learning (English and maths), but no outcome is about it")
    pl.exp("stale.advice-outdated", "K",
           "psychological advice of 11 May 2023, nearly three years before the plan")
    pl.exp("stale.age-mismatch", "A", "'Ruby is 15': she was 16 at the plan date (14 April 2026)")
    pl.exp("timeliness.over-20-weeks", None,
           "request received 3 November 2025, plan issued 14 April 2026: 23 weeks")
    pl.no("structure.section-empty", "H1", "'No social care provision is required.' is explicit")
    pl.no("structure.section-empty", "H2", "'No social care provision is required.' is explicit")
    pl.no("structure.section-empty", "I", "I names two institutions and their types")
    pl.no("structure.section-missing", None,
          "every section is there: headings in shaded bars, and I and J in table cells")
    pl.no("final.placement-missing", "I", "I names the academy and the college, and their types")
    pl.no("transition.phase-transfer-missing", None,
          "Year 11: the move to college is planned in E, F and I")
    pl.no("pfa.young-person-voice", "A", "A quotes Ruby herself")
    pl.no("health.provision-missing", "G",
          "G is vague but does specify CAMHS appointments (provision.vague)")
    pl.no("outcomes.not-aspirational", "E",
          "the animal care course outcome is a step towards her hope in A")
    pl.no("outcomes.education-only", "E",
          "C records anxiety, and travelling to college on her own is an independence outcome")
    pl.no("outcomes.service-led", "E",
          "attending 85% of her own lessons is something Ruby achieves, not a service she receives")
    return pl


# ============================================================================================
# 15. final-poor-area-tables-y8 — one table per broad area of need (needs | outcomes |
#     provision), a health table (needs | outcomes | provision) and a social care table with
#     one combined H; not reviewed within 12 months; the health provision column left empty.
# ============================================================================================
def plan_final_poor_area_tables_y8():
    pl = Plan("final-poor-area-tables-y8", authority="Fernleigh County Council", status="final",
              layout="area-tables", name="Leo Fairweather", dob="2013-05-10",
              plan_date="2025-10-20", titles=AREA_TABLE_PARTS, heading_style="Heading1",
              sub_style="Heading2")
    pl.p(R("Fernleigh County Council", bold=True, size=14))
    pl.doc.title("Education, Health and Care Plan – Final")
    pl.labels_table([
        ("Name", "Leo Fairweather"),
        ("Date of birth", "10/05/2013"),
        ("School", "Fernleigh High School"),
        ("Year group", "Year 8"),
        ("Primary need", "Moderate learning difficulty (MLD)"),
        ("Date of annual review", "29 September 2025"),
        ("Date amended plan issued", "20 October 2025"),
    ])

    pl.section("A")
    pl.p("Leo is 12. He told us he likes fishing with his grandad, Lego and the school gardening "
         "club. He said: \"I want to be a gardener at the big park when I am older.\"")
    pl.p("His mum, Sarah, says Leo is gentle and hard-working. She wants him to make friends "
         "and to learn to cook.")

    pl.section("B")
    pl.p("Each table below sets out one area of Leo's needs, the outcomes he is working towards "
         "and the provision that will help him.")
    needs = ("B", "What I need help with (needs)")
    outcomes = ("E", "What I want to achieve (outcomes)")
    provision = ("F", "The help I will get (provision)")
    pl.column_table("Communication and interaction", "", [needs, outcomes, provision], [
        ["Leo finds it hard to follow instructions with more than two parts, and he does not "
         "ask when he has not understood.",
         "By July 2026, Leo will follow a three-part instruction in class without a reminder, "
         "in 4 out of 5 lessons observed.",
         Bullets(["Instructions broken into steps and shown on a card, in every lesson, by "
                  "subject teachers.",
                  "Speech and language therapy programme delivered by a teaching assistant, 2 "
                  "sessions of 20 minutes a week."])],
    ], col_widths=[34, 33, 33])
    pl.column_table("Cognition and learning", "", [needs, outcomes, provision], [
        ["Leo reads at about the level of an 8-year-old and finds written tasks very slow.",
         "Leo will improve his reading.",
         "Reading support as appropriate."],
        ["Leo finds it hard to remember number facts.",
         "By July 2026, Leo will recall the 2, 5 and 10 times tables within 5 seconds each, 9 "
         "times out of 10.",
         "Maths intervention (Numicon) in a group of 4, 3 sessions of 30 minutes a week, by a "
         "teaching assistant trained in Numicon."],
    ], col_widths=[34, 33, 33])
    pl.column_table("Social, emotional and mental health", "", [needs, outcomes, provision], [
        ["Leo is often alone at break and lunchtime and says he has no friends in his year.",
         "By July 2026, Leo will spend lunchtime with at least one friend at the gardening club "
         "on 3 days a week.",
         "Lunchtime gardening club with a member of staff, daily."],
    ], col_widths=[34, 33, 33])

    pl.section("C")
    pl.column_table("Health", "", [("C", "Health needs"), ("E", "Outcomes"),
                                   ("G", "Health provision")], [
        ["Leo has eczema, which is worse in winter; it is treated with emollient cream and "
         "steroid cream prescribed by his GP.",
         "By July 2026, Leo will put on his emollient cream himself before PE each day.",
         ""],
    ], col_widths=[34, 33, 33])

    pl.section("D")
    pl.column_table("Social care", "", [("D", "Social care needs"), ("E", "Outcomes"),
                                        ("H", "Social care provision")], [
        ["No social care needs have been identified; Leo's mother was asked and confirmed this "
         "at the review meeting.",
         "",
         "No social care provision is required."],
    ], col_widths=[34, 33, 33])

    pl.section("I")
    pl.p("Fernleigh High School, a mainstream secondary academy.")

    pl.section("J")
    pl.p("Leo's mother was told about personal budgets at the review and does not want one.")

    pl.section("K")
    pl.table([
        ["Advice or information", "Given by (name and role)", "Date"],
        ["Parent's views", "Sarah Fairweather (mother)", "15 September 2025"],
        ["Leo's views", "Leo, with his key worker", "18 September 2025"],
        ["Educational advice", "Mrs Nina Bell, SENCo, Fernleigh High School", "22 September 2025"],
        ["Medical advice", "Dr Ola Ade, community paediatrician", "1 September 2025"],
        ["Psychological advice", "Dr Ian Reeve, educational psychologist", "9 June 2025"],
        ["Social care advice", "Fernleigh Children's Services (no involvement)", "10 September 2025"],
    ], col_widths=[34, 46, 20])

    pl.expect_front(review_date="29 September 2025", school_year="Year 8",
                    primary_need="Moderate learning difficulty (MLD)", primary_need_code="MLD",
                    placement="Fernleigh High School")

    # ---- labels -------------------------------------------------------------------------
    pl.exp("structure.section-empty", "G",
           "the health provision column is there but every cell under it is blank")
    pl.exp("health.provision-missing", "G", "C records eczema, and G specifies nothing")
    pl.exp("stale.review-overdue", None,
           "issued 20 October 2025 after a review on 29 September 2025: more than 12 months "
           "before the audit date")
    pl.exp("outcomes.not-time-bound", "E", "'Leo will improve his reading.' has no date")
    pl.exp("outcomes.not-measurable", "E", "'improve his reading' cannot be checked")
    pl.exp("provision.vague", "F", "'Reading support as appropriate.'")
    pl.exp("provision.not-quantified", "F", "reading support has no amount or frequency")
    pl.exp("provision.no-provider", "F", "nobody is named for the reading support")
    pl.no("structure.section-missing", None,
          "A, B, C, D, I, J and K have headings; E, F, G and a combined H are the columns of "
          "the area tables")
    pl.no("structure.section-empty", "H1",
          "the social care provision column says 'No social care provision is required.'")
    pl.no("structure.section-empty", "D", "D says no needs were identified, and how")
    pl.no("golden-thread.need-without-outcome", "E", "every area table has an outcome")
    pl.no("golden-thread.need-without-provision", "F", "every area table has provision")
    pl.no("outcomes.education-only", "E", "the eczema outcome is about looking after his health")
    pl.no("stale.age-mismatch", "A", "'Leo is 12' matches 10/05/2013 at 20 October 2025")
    pl.no("health.needs-unrecorded", "C", "C records his eczema")
    return pl


PLANS = [
    plan_final_good_titled_y5,
    plan_draft_good_lettered_bold_y7,
    plan_final_poor_numbered_shaded_y11,
    plan_final_poor_area_tables_y8,
]
