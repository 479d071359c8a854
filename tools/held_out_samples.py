#!/usr/bin/env python3
"""Held-out sample plans: samples/held-out/*.docx and their .labels.yaml.

These plans exist to measure the rules honestly, on plans their authors never saw while
writing them. They were written, and their labels set, from the rule catalogue and the primer
alone, without reading any rule code or running the checks. Nobody tunes a rule, a lexicon or
a threshold against them: if a rule misses here, that is the measurement, not a bug report to
fix by fitting this set.

Every plan is fictional: the authorities, children, families, schools and professionals are
invented. Run from the repository root (deterministic output; Python 3 standard library only):

    python3 tools/held_out_samples.py            # every held-out plan
    python3 tools/held_out_samples.py STEM ...   # only these

Then make the LibreOffice PDFs: soffice --headless --convert-to pdf --outdir samples/held-out
samples/held-out/STEM.docx. The labels assume the audit date 2026-11-23.
"""

import os
import sys

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxgen import R, Bullets  # noqa: E402
import make_samples as ms  # noqa: E402
import layout_samples as ls  # noqa: E402

Plan = ms.Plan
advice_table = ms.advice_table
provision_table = ms.provision_table
OUT_DIR = os.path.join(ms.REPO, "samples", "held-out")

HEALTH_HEADERS = ("Health provision", "How often", "Who provides it")
CARE_HEADERS = ("Social care provision", "How much", "Who provides it")

# A titled template not used anywhere else in samples/: numbered parts named by topic only.
TITLED_HELD_OUT = {
    "A": "1. About me: my views, interests and hopes",
    "B": "2. My special educational needs",
    "C": "3. My health needs",
    "D": "4. My social care needs",
    "E": "5. My outcomes",
    "F": "6. Special educational provision",
    "G": "7. Health provision",
    "H1": "8. Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)",
    "H2": "9. Other social care provision",
    "I": "10. My school or college",
    "J": "11. Personal budget",
    "K": "12. Advice and information gathered",
}


def outcomes_table(pl, rows):
    pl.table([["Area of need", "Outcome"]] + [list(r) for r in rows], col_widths=[28, 72])


def front(pl, title, pairs):
    pl.p(R(pl.authority, bold=True, size=14))
    pl.doc.title(title)
    pl.labels_table(pairs)
    pl.page_break()


# ============================================================================================
# draft-good-lettered-age3 — a good draft for a 3-year-old in her nursery year (a transfer
# year: nursery to Reception, which the plan covers). Autism being assessed, very limited
# eating under a dietitian. Near misses: the grandmother's name, a cousin's age, the parents'
# far-off hope of a job with horses, "she might" inside her mum's quoted words.
# ============================================================================================
def plan_draft_good_lettered_age3():
    pl = Plan("draft-good-lettered-age3", authority="Carnford County Council", status="draft",
              layout="lettered", name="Freya Lindgren", dob="2023-04-18",
              plan_date="2026-10-12", titles=ms.LETTERED, heading_style="Heading1",
              sub_style="Heading2")
    front(pl, "Education, Health and Care Plan (DRAFT)", [
        ("Child's name", "Freya Lindgren"),
        ("Date of birth", "18/04/2023"),
        ("Current early years setting", "Little Acorns Day Nursery, Carnford"),
        ("Primary need", "Speech, language and communication needs"),
        ("Date of this draft", "12/10/2026"),
    ])

    pl.section("A")
    pl.sub("What Freya enjoys")
    pl.p("Freya is 3. She loves the trampoline in her garden, lining up her toy horses along "
         "the window sill and watching the washing machine go round. She giggles when her "
         "grandmother, Ingrid, sings Swedish songs to her on Fridays, when Ingrid looks after "
         "her. At nursery she heads straight for the water tray and the bikes.")
    pl.sub("How Freya tells us things")
    pl.p("Freya takes an adult's hand to what she wants and uses a few words such as "
         "\u201cjuice\u201d, \u201cout\u201d and \u201chorse\u201d. When she does not want "
         "something she pushes it away or turns her back. She showed her key person, by "
         "choosing the picture, that her favourite part of the day is the garden.")
    pl.sub("Our hopes for Freya (Anna and Mikael, her parents)")
    pl.p("We want Freya to be able to tell us what she needs so that she is less frustrated, "
         "to eat a few more foods, and to be happy starting school next year alongside "
         "children she knows. One day we hope she will work with horses, because she loves "
         "them so much.")

    pl.section("B")
    pl.sub("Communication and interaction")
    pl.p("Freya is on the waiting list for an autism assessment with the child development "
         "centre. She understands around 20 single words in familiar routines and uses about "
         "10 words of her own, mostly to ask for food or to go outside. She rarely looks to an "
         "adult to share something interesting and plays alongside, not with, other children.")
    pl.sub("Social, emotional and mental health")
    pl.p("Changes to routine, such as a new member of staff or a fire drill, can lead to long "
         "periods of crying and dropping to the floor, usually 2 or 3 times a week. It takes "
         "her up to 20 minutes to settle.")
    pl.sub("Sensory and/or physical needs")
    pl.p("Freya covers her ears when the room is noisy and avoids messy play with paint or "
         "dough. She seeks movement all day: spinning, bouncing and climbing.")

    pl.section("C")
    pl.p("Freya eats only 6 foods (plain pasta, crackers, one brand of yoghurt, banana, chicken "
         "nuggets and toast). The community paediatrician, Dr Helen Osei, saw her in August "
         "2026: her growth is on the 9th centile and she takes a daily multivitamin. She is "
         "under the care of the paediatric dietitian. Her hearing was tested in July 2026 and "
         "is normal. She is on the waiting list for an autism assessment, as set out in "
         "Section B.")

    pl.section("D")
    pl.p("No social care needs have been identified for Freya. The social care adviser spoke "
         "to her parents, who confirmed that the family is managing well with help from "
         "Freya's grandmother.")

    pl.section("E")
    outcomes_table(pl, [
        ["Communication and interaction",
         "By April 2027, Freya will ask for 15 different things or activities using a word, a "
         "sign or a picture, recorded by her key person over one week."],
        ["Communication and interaction",
         "By the end of her first term in Reception (December 2027), Freya will join a "
         "turn-taking game with one other child and an adult for 3 turns each, on 3 days a "
         "week."],
        ["Social, emotional and mental health",
         "By April 2027, Freya will move from one activity to the next using her picture "
         "timetable, without crying, at 4 out of 5 changes in a session."],
        ["Sensory and/or physical needs",
         "By July 2027, Freya will put on her ear defenders herself, or go to the quiet "
         "corner, when the room gets noisy, on 3 out of 4 occasions observed."],
        ["Health and self-care",
         "By July 2027, Freya will touch and taste 3 new foods at nursery snack time, and "
         "will have eaten at least one of them on 3 days in a week."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["A key person who uses single words, Makaton signs and a picture timetable with "
         "Freya through each session.", "Every session: 15 hours a week, 38 weeks a year",
         "Key person trained in Makaton and in the use of visual timetables"],
        ["Adult support in small-group play (Freya and 2 other children) built around her "
         "interests, following the speech and language therapy programme.",
         "4 sessions of 20 minutes a week",
         "Early years practitioner (Level 3), trained by the speech and language therapist"],
        ["Speech and language therapy: assessment, a programme for nursery and home, and "
         "review of the programme with nursery staff and her parents.",
         "6 sessions of 40 minutes each term",
         "Speech and language therapist, Carnford Children's Therapy Service"],
        ["A sensory diet of planned movement breaks (trampoline, swing, crash mat) and ear "
         "defenders kept in her tray.", "4 breaks of 10 minutes each session",
         "Key person, following the occupational therapist's plan"],
        ["Planning for her move to Reception in September 2027: 3 visits to the new school "
         "with her key person in the summer term, a photo book of the classroom and staff, "
         "and a handover meeting with the Reception teacher and SENCo.",
         "3 visits of 1 hour and 1 meeting of 1 hour, summer term 2027",
         "Key person and the nursery SENCo"],
        ["Advice, modelling and review visits to the nursery.",
         "1 visit of 2 hours each half-term",
         "Early Years SEND advisory teacher (qualified teacher)"],
    ])
    pl.p([R("Note from Freya's mum: ", bold=True),
          "\u201cAt home she might try a new food if she can smell it and touch it first, so "
          "please let her.\u201d This is built into the dietitian's plan in Section G."])

    pl.section("G")
    provision_table(pl, [
        ["Dietetic review of her growth and a food-exploration plan shared with home and "
         "nursery.", "1 appointment of 45 minutes every 3 months",
         "Paediatric dietitian, Carnford Community Children's Services"],
        ["Sensory assessment and a sensory diet for nursery and home, then review.",
         "1 assessment of 90 minutes by December 2026, then 1 review each term",
         "Paediatric occupational therapist"],
        ["Autism assessment by the multi-disciplinary team.",
         "1 assessment (3 appointments of 1 hour), completed by June 2027",
         "Carnford Child Development Centre (community paediatrician and team)"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    pl.p("No social care provision is required under section 2 of the Chronically Sick and "
         "Disabled Persons Act 1970, because Section D records no social care needs.")
    pl.section("H2")
    pl.p("No other social care provision is required.")

    pl.section("I")
    pl.p("This is a draft plan, so it does not name a placement. Freya's parents have 15 days "
         "to tell the council which setting they would like named for September 2027; the "
         "council will then consult it and name the placement in the final plan.")

    pl.section("J")
    pl.p("Freya's parents have been told how a personal budget works and do not want one at "
         "present.")

    pl.section("K")
    advice_table(pl, [
        ["Parents' views and information", "Anna and Mikael Lindgren (parents)",
         "4 August 2026"],
        ["Educational advice", "Mrs Joanne Petrie, Early Years SEND advisory teacher",
         "18 August 2026"],
        ["Medical advice", "Dr Helen Osei, community paediatrician", "21 August 2026"],
        ["Psychological advice", "Dr Tom Ashworth, educational psychologist",
         "2 September 2026"],
        ["Social care advice", "Carnford Children's Services, disabled children's team "
         "(no involvement)", "10 August 2026"],
        ["Speech and language therapy advice", "Ms Priya Nair, speech and language therapist",
         "24 August 2026"],
        ["Occupational therapy advice", "Mr Owen Hale, paediatric occupational therapist",
         "27 August 2026"],
    ])

    pl.expect_front(primary_need="Speech, language and communication needs",
                    primary_need_code="SLCN",
                    placement="Little Acorns Day Nursery, Carnford")
    pl.grade_band(["Good", "Outstanding"],
                  "a lawful draft with measurable, dated outcomes for every need, owned and "
                  "quantified provision, health needs provided for and the move to Reception "
                  "planned")
    # ---- labels -------------------------------------------------------------------------
    pl.no("draft.names-school", "I",
          "I names no setting; the current nursery appears only in the front matter and F "
          "speaks of 'the new school' without naming one")
    pl.no("transition.phase-transfer-missing", None,
          "nursery year: F plans the move to Reception in September 2027 (visits, photo "
          "book, handover)")
    pl.no("provision.vague", "F",
          "'might' appears only inside her mum's quoted words, which follow the table")
    pl.no("pfa.age-inappropriate", "E",
          "working with horses is her parents' far-off hope in A, not an outcome")
    pl.no("consistency.other-name", None,
          "Ingrid (grandmother), Anna and Mikael (parents) and the professionals are "
          "introduced")
    pl.no("stale.age-mismatch", None, "'Freya is 3' matches the date of birth")
    pl.no("advice.required-missing", "K",
          "all required kinds are listed; her hearing was tested and is normal, so no "
          "teacher of the deaf is needed")
    pl.no("health.needs-unrecorded", "C", "C records her restricted eating and growth")
    pl.no("outcomes.education-only", "E",
          "the food-tasting outcome addresses her health and self-care")
    pl.no("structure.section-empty", "D",
          "D states that no social care needs were found and the parents confirmed it")
    pl.no("stale.outcome-date-passed", "E", "April, July and December 2027 follow the plan date")
    return pl


# ============================================================================================
# final-good-area-tables-age8 — a good final plan, Year 3, a deaf girl with hearing aids and
# a radio aid. One table per broad area (needs | outcomes | provision), a health table and a
# social care table. Near misses: "direct access to the teacher's voice" (legitimate), "may"
# inside her quoted words, her brother's age, a history of newborn screening.
# ============================================================================================
def plan_final_good_area_tables_age8():
    pl = Plan("final-good-area-tables-age8", authority="Belminster City Council",
              status="final", layout="area-tables", name="Zainab Hussain", dob="2018-02-09",
              plan_date="2026-06-22", titles=ls.AREA_TABLE_PARTS, heading_style="Heading1",
              sub_style="Heading2")
    front(pl, "Education, Health and Care Plan", [
        ("Name", "Zainab Hussain"),
        ("Date of birth", "09/02/2018"),
        ("School", "St Aidan's Church of England Primary School"),
        ("Year group", "Year 3"),
        ("Primary need", "Hearing impairment (HI)"),
        ("Date of annual review", "2 June 2026"),
        ("Date amended plan issued", "22 June 2026"),
    ])

    pl.section("A")
    pl.p("Zainab is 8 and in Year 3. She told her Teacher of the Deaf: \u201cI like gymnastics, "
         "drawing cats and FaceTiming my cousins in Leeds. When it's loud I can't hear anything "
         "and I just copy what the others do. I want to be a vet and have my own house with two "
         "cats. I may need to be brave to ask, but I want people to look at me when they "
         "talk.\u201d")
    pl.p("Her parents, Samira and Imran, say she is determined and funny. They hope she will "
         "keep up with her friends, join the Year 4 residential trip, and use the bus on her "
         "own when she is older. Her brother Bilal, who is 11, helps her with her hearing aid "
         "batteries at home.")

    pl.section("B")
    pl.p("Zainab's permanent hearing loss was found by the newborn hearing screen in 2018. The "
         "tables below set out each area of her needs, the outcomes she is working towards and "
         "the provision that will help her.")
    needs = ("B", "Needs")
    outcomes = ("E", "Outcomes")
    provision = ("F", "Provision")
    pl.column_table("Sensory and/or physical needs", "", [needs, outcomes, provision], [
        ["Zainab has a moderate to severe hearing loss in both ears and wears two hearing aids. "
         "In a noisy classroom she misses much of what is said, especially from other "
         "children, and she is tired by the afternoon from the effort of listening.",
         Bullets(["By July 2027, Zainab will tell an adult when she has not heard an "
                  "instruction, at least once in each lesson, in 4 out of 5 lessons observed.",
                  "By July 2027, Zainab will check her own radio aid at the start of the day "
                  "and report a fault to an adult, every day for a half-term."]),
         Bullets(["Radio aid system so that Zainab has direct access to the teacher's voice in "
                  "every lesson: checked each morning by the class teaching assistant and set "
                  "up each term by the Teacher of the Deaf.",
                  "Acoustic adjustments to her classroom (soft furnishings, seating away from "
                  "the door), audited once a year by the Teacher of the Deaf.",
                  "Teacher of the Deaf visits to teach listening and self-advocacy skills and to "
                  "advise staff: 1 visit of 1 hour every 2 weeks."])],
    ], col_widths=[34, 33, 33])
    pl.column_table("Communication and interaction", "", [needs, outcomes, provision], [
        ["Zainab's vocabulary is behind that of her classmates, especially subject words, and "
         "she finds it hard to follow group conversations, so she sometimes leaves games.",
         "By July 2027, Zainab will use 10 new science and topic words each half-term in her "
         "own speech or writing, checked in her vocabulary book.",
         Bullets(["Pre-teaching of topic vocabulary, 3 sessions of 15 minutes a week, by a "
                  "teaching assistant trained by the Teacher of the Deaf.",
                  "A speech and language therapy programme on vocabulary and conversation, 1 "
                  "session of 30 minutes a week with a teaching assistant, reviewed each term by "
                  "the speech and language therapist."])],
        ["At lunch and in group work she struggles to keep up with several speakers.",
         "By March 2027, Zainab will take part in a group game with 3 classmates for 10 "
         "minutes, taking her turn, on 3 days a week.",
         "A lunchtime club in a quiet room for Zainab and 3 friends she chooses, 2 sessions of "
         "30 minutes a week, run by a teaching assistant trained in deaf awareness."],
    ], col_widths=[34, 33, 33])

    pl.section("C")
    pl.column_table("Health", "", [("C", "Health needs"), ("E", "Outcomes"),
                                   ("G", "Health provision")], [
        ["Zainab has a permanent sensorineural hearing loss and wears two behind-the-ear "
         "hearing aids, which need new ear moulds as she grows. She has frequent ear wax "
         "build-up, which stops the aids working well.",
         "By July 2027, Zainab will put in and take out her own hearing aids and change their "
         "batteries, without help, on 4 days out of 5.",
         Bullets(["Hearing tests, aid checks and new ear moulds, every 4 months, by the "
                  "paediatric audiologist, Belminster Children's Hearing Service.",
                  "Ear wax checks and treatment when the audiologist finds a build-up, "
                  "every 4 months at the same appointment, by the audiology nurse."])],
    ], col_widths=[34, 33, 33])

    pl.section("D")
    pl.column_table("Social care", "", [("D", "Social care needs"),
                                        ("H", "Social care provision")], [
        ["No social care needs have been identified. The social care adviser asked Zainab's "
         "parents at the review, and they confirmed this.",
         "No social care provision is required."],
    ], col_widths=[50, 50])

    pl.section("I")
    pl.p("St Aidan's Church of England Primary School, a mainstream primary school.")

    pl.section("J")
    pl.p("Zainab's parents have been told about personal budgets and have not asked for one.")

    pl.section("K")
    advice_table(pl, [
        ["Parents' views", "Samira and Imran Hussain (parents)", "12 May 2026"],
        ["Zainab's views", "Zainab, with her Teacher of the Deaf", "14 May 2026"],
        ["Educational advice", "Mrs Clare Dunne, SENCo, St Aidan's Primary School",
         "19 May 2026"],
        ["Advice of a qualified Teacher of the Deaf", "Mr Gareth Lloyd, Teacher of the Deaf, "
         "Belminster Sensory Support Service", "14 May 2026"],
        ["Medical advice", "Dr Faisal Anwar, paediatric audiologist", "7 May 2026"],
        ["Psychological advice", "Dr Ruth Keane, educational psychologist", "20 April 2026"],
        ["Social care advice", "Belminster Children's Services (no involvement)",
         "11 May 2026"],
        ["Speech and language therapy advice", "Ms Laura Quinn, speech and language therapist",
         "18 May 2026"],
    ])

    pl.expect_front(review_date="2 June 2026", school_year="Year 3",
                    primary_need="Hearing impairment (HI)", primary_need_code="HI",
                    placement="St Aidan's Church of England Primary School")
    pl.grade_band(["Good", "Outstanding"],
                  "every need has dated, measurable outcomes and owned, quantified provision; "
                  "Teacher of the Deaf advice present; health provided for")
    # ---- labels -------------------------------------------------------------------------
    pl.no("provision.vague", "F",
          "'direct access to the teacher's voice' is what the radio aid does, a legitimate use "
          "of 'access to', and the item says how often and by whom")
    pl.no("provision.vague", "G",
          "'when the audiologist finds a build-up' is tied to a fixed 4-monthly appointment")
    pl.no("advice.required-missing", "K",
          "all required kinds are listed, and so is advice from a qualified Teacher of the "
          "Deaf for her hearing impairment")
    pl.no("structure.section-missing", None,
          "E, F and G are the columns of the area and health tables; D and a combined H are "
          "the columns of the social care table")
    pl.no("structure.section-empty", None,
          "the social care table states that there are no needs and no provision is required")
    pl.no("pfa.age-inappropriate", "E",
          "being a vet and having her own house are her hopes in A, not outcomes")
    pl.no("consistency.other-name", None,
          "Samira and Imran (parents), Bilal (brother) and the professionals are introduced")
    pl.no("stale.age-mismatch", None,
          "'Zainab is 8 and in Year 3' matches; 'Bilal, who is 11' is her brother's age; the "
          "Year 4 residential is a future trip")
    pl.no("health.needs-unrecorded", "C", "C records her hearing loss and ear wax")
    pl.no("outcomes.education-only", "E",
          "the hearing-aid outcome addresses her health and independence")
    pl.no("transition.phase-transfer-missing", None, "Year 3 is not a transfer year")
    return pl


# ============================================================================================
# final-middling-numbered-age11 — an amended final plan at the Year 6 review (a transfer year,
# covered). Sound, but one outcome is not measurable, movement breaks are 'regular' with no
# amount, and the psychological advice is 15 months old. Near misses: "May half-term", her
# brother's age and pronoun, "never been referred to CAMHS" (negation).
# ============================================================================================
def plan_final_middling_numbered_age11():
    pl = Plan("final-middling-numbered-age11", authority="Ashworth Vale District Council",
              status="final", layout="numbered", name="Lily-Mae Carter", dob="2015-03-20",
              plan_date="2026-04-27", titles=ms.numbered_titles({}), heading_style="Heading2",
              sub_style="Heading3")
    front(pl, "Education, Health and Care Plan – amended following annual review", [
        ("Name", "Lily-Mae Carter"),
        ("Date of birth", "20 March 2015"),
        ("Current school", "Brookfield Community Primary School"),
        ("Year group", "Year 6"),
        ("Primary need", "Specific learning difficulty (SpLD)"),
        ("Annual review meeting", "30 March 2026"),
        ("Date of issue of amended plan", "27 April 2026"),
    ])

    pl.section("A")
    pl.p("Lily-Mae is 11 and in Year 6. In her own words: \u201cI'm good at swimming and I love "
         "baking with my nan. Writing makes my hand ache and I hate it when I'm last to finish. "
         "I'm a bit scared about big school because it's massive, but I want to be in the same "
         "form as Ruby and find my way round on my own. When I grow up I want to be a "
         "swimming teacher.\u201d")
    pl.p("Her mum, Stacey, says Lily-Mae worries a lot at night about getting lost at "
         "secondary school. Her brother Jake, who is 14, is already at Hillcrest Academy and he "
         "has promised to show her around. Lily-Mae has never been referred to CAMHS; her "
         "worries are about the move and are being managed at school and at home.")

    pl.section("B")
    pl.sub("Cognition and learning")
    pl.p("Lily-Mae has dyslexia, diagnosed by a specialist teacher in Year 4. Her reading age "
         "is about 8 years 6 months and her spelling age about 7 years 9 months. She "
         "understands well when information is read to her, and her spoken ideas are much "
         "better than her written work.")
    pl.sub("Sensory and/or physical needs")
    pl.p("She has developmental coordination disorder (dyspraxia). Her handwriting is slow "
         "and tiring, she finds buttons and laces hard after PE, and she bumps into things in "
         "busy corridors.")
    pl.sub("Social, emotional and mental health")
    pl.p("Lily-Mae becomes anxious when she has to do something new, and she has said she "
         "does not want to go to secondary school. She copes best when she knows what will "
         "happen next.")

    pl.section("C")
    pl.p("Lily-Mae has developmental coordination disorder, diagnosed by the community "
         "paediatrician in 2023. The children's occupational therapy service has assessed her "
         "fine motor and self-care skills and will support her move to secondary school. She "
         "has no other health needs.")

    pl.section("D")
    pl.p("There are no social care needs. Lily-Mae's mum was asked by the social care adviser "
         "and agreed that the family needs no social care support.")

    pl.section("E")
    outcomes_table(pl, [
        ["Cognition and learning",
         "By July 2027, Lily-Mae will read a Year 7 class text aloud at 90 words a minute with "
         "95% accuracy, checked each term by the specialist teacher."],
        ["Cognition and learning",
         "By July 2027, Lily-Mae will type a piece of writing of 200 words in 30 minutes, "
         "using spell-check, in English and history."],
        ["Sensory and/or physical needs",
         "By December 2026, Lily-Mae will change for PE and do up her own buttons and laces "
         "within 8 minutes, on 4 out of 5 PE days."],
        ["Social, emotional and mental health",
         "By July 2027, Lily-Mae will feel more confident about secondary school."],
        ["Preparing for the move",
         "By October 2026, Lily-Mae will find her way on her own from her form room to 5 "
         "named rooms at Hillcrest Academy, using her map."],
    ])

    pl.section("F")
    pl.sub("At Brookfield Community Primary School until July 2026")
    provision_table(pl, [
        ["Structured multisensory literacy programme, 1:1.", "4 sessions of 30 minutes a week",
         "Teaching assistant trained in the programme, overseen by the specialist teacher"],
        ["Transition visits to Hillcrest Academy with her teaching assistant, with photographs "
         "of key rooms and staff for a transition booklet.",
         "4 half-day visits between May half-term and the end of July 2026",
         "Teaching assistant and the Year 6 teacher, with the Hillcrest SENCo"],
        ["Regular movement breaks.", "", "Class teaching assistant"],
    ])
    pl.sub("At Hillcrest Academy from September 2026")
    provision_table(pl, [
        ["Literacy intervention in a group of no more than 4.", "3 sessions of 40 minutes a week",
         "Specialist teacher of literacy (SpLD qualified)"],
        ["A laptop for all written work, with touch-typing practice.",
         "Laptop in every lesson; touch-typing 3 sessions of 15 minutes a week",
         "Learning support assistant, set up by the SENCo"],
        ["A key adult who meets Lily-Mae to check in, go over her timetable and plan any "
         "changes.", "10 minutes at the start of each school day for the first half-term, "
         "then 2 sessions a week", "Learning mentor"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Occupational therapy review of handwriting, seating and self-care, with a programme "
         "for school staff.", "1 visit of 1 hour in the summer term 2026 and 1 visit in the "
         "autumn term 2026", "Children's occupational therapist, Ashworth Vale Community "
         "Health"],
        ["A sloping writing board and pencil grips in every classroom.",
         "Provided once, checked each term", "Occupational therapist, with the SENCo"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    pl.p("No provision is required: Section 4 records no social care needs.")
    pl.section("H2")
    pl.p("No provision is required.")

    pl.section("I")
    pl.p("Until 31 August 2026: Brookfield Community Primary School, a mainstream primary "
         "school. From 1 September 2026: Hillcrest Academy, a mainstream secondary academy.")

    pl.section("J")
    pl.p("Lily-Mae's mum does not want a personal budget.")

    pl.section("K")
    advice_table(pl, [
        ["Parent's views", "Stacey Carter (mother)", "16 March 2026"],
        ["Lily-Mae's views", "Lily-Mae, with her teaching assistant", "18 March 2026"],
        ["Educational advice", "Mrs Dawn Fielding, SENCo, Brookfield Community Primary School",
         "20 March 2026"],
        ["Medical advice", "Dr Adeel Shah, community paediatrician", "9 March 2026"],
        ["Psychological advice", "Dr Siobhan Reilly, educational psychologist",
         "14 January 2025"],
        ["Social care advice", "Ashworth Vale Children's Services (not known)", "11 March 2026"],
        ["Occupational therapy advice", "Ms Beth Morgan, occupational therapist",
         "12 March 2026"],
    ])

    pl.expect_front(review_date="30 March 2026", school_year="Year 6",
                    primary_need="Specific learning difficulty (SpLD)",
                    primary_need_code="SpLD",
                    placement="Brookfield Community Primary School")
    pl.grade_band(["Requires improvement", "Good"],
                  "lawful and the move to secondary is well planned, but one outcome cannot be "
                  "checked, movement breaks are unquantified and the psychological advice is "
                  "15 months old")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("outcomes.not-measurable", "E",
           "'will feel more confident about secondary school' has no checkable criterion")
    pl.exp("provision.vague", "F", "'Regular movement breaks.'")
    pl.exp("provision.not-quantified", "F", "the movement breaks row has no amount at all")
    pl.exp("stale.advice-outdated", "K",
           "psychological advice of 14 January 2025, more than 12 months before 27 April 2026")
    pl.no("provision.vague", "G",
          "every health item states a visit, an amount or a check each term")
    pl.no("provision.no-provider", "F", "the movement breaks row names the class teaching "
          "assistant; every other row names its provider")
    pl.no("transition.phase-transfer-missing", None,
          "Year 6: F, I and an outcome plan the move to Hillcrest Academy in September 2026")
    pl.no("health.needs-unrecorded", "C",
          "C records her coordination disorder; 'never been referred to CAMHS' in A is a "
          "negation")
    pl.no("outcomes.education-only", "E",
          "the PE changing outcome addresses self-care and independence")
    pl.no("consistency.other-name", None,
          "Stacey (mother), Jake (brother), Ruby (friend) and her nan are introduced")
    pl.no("consistency.pronoun-mixed", None, "'he' refers to her brother Jake, not to Lily-Mae")
    pl.no("stale.age-mismatch", None,
          "'Lily-Mae is 11 and in Year 6' matches; 'Jake, who is 14' is her brother; 'Year 4' "
          "is when her dyslexia was diagnosed; a 'Year 7 class text' is a reading level")
    pl.no("final.placement-missing", "I",
          "I names her primary school to August and the secondary academy from September, "
          "with their types")
    return pl


# ============================================================================================
# final-middling-titled-age17 — an amended final plan for a 17-year-old in Year 12 at a
# sixth-form college. Adult mental health transition planned. Weak spots: no outcome or
# provision about friends, relationships or community; one outcome left with a July 2026
# date; CAMHS reviews 'as needed'. Near misses: "might" inside her quoted words, her sister's
# age, a Statement mentioned as history.
# ============================================================================================
def plan_final_middling_titled_age17():
    pl = Plan("final-middling-titled-age17", authority="Kestrel Bay Borough Council",
              status="final", layout="titled", name="Hannah Okafor", dob="2009-09-20",
              plan_date="2026-10-05", titles=TITLED_HELD_OUT, heading_style="Heading1",
              sub_style="Heading2")
    front(pl, "Education, Health and Care Plan – Final (amended)", [
        ("Name", "Hannah Okafor"),
        ("Date of birth", "20 September 2009"),
        ("Education setting", "Kestrel Bay Sixth Form College"),
        ("Primary need", "Autistic spectrum disorder (ASD)"),
        ("Date of annual review", "8 September 2026"),
        ("Date final plan issued", "5 October 2026"),
    ])

    pl.section("A")
    pl.sub("What I want people to know about me")
    pl.p("\u201cI'm 17 and I'm doing A level biology and a BTEC in applied science. I like "
         "true-crime podcasts, baking bread and my rats, Pip and Squeak. Crowds and canteens "
         "are the worst. I want to be a lab technician in a hospital, and I want to learn to "
         "drive and have my own flat by the time I'm 21.\u201d")
    pl.sub("What my family says")
    pl.p("Her dad, Chinedu, says Hannah has worked hard to get back into full-time study after "
         "a very difficult Year 10. Her sister Grace, who is 20, takes her into town on "
         "Saturdays. Hannah had a Statement of Special Educational Needs at primary school; "
         "it was transferred to an EHC plan in 2016.")

    pl.section("B")
    pl.sub("Communication and interaction")
    pl.p("Hannah is autistic. She understands complex language but takes some phrases "
         "literally and finds group discussions hard: she may stay silent rather than join "
         "in. She needs written instructions for practical work.")
    pl.sub("Social, emotional and mental health")
    pl.p("Hannah has an anxiety disorder. When anxious she stops eating at college and "
         "misses lessons; her attendance last year was 81%. She is learning to notice and "
         "manage her anxiety.")

    pl.section("C")
    pl.p("Hannah has generalised anxiety disorder and takes sertraline, prescribed by her "
         "CAMHS psychiatrist, Dr Meera Pillai. She sees a CAMHS clinician for cognitive "
         "behavioural therapy. Because she turns 18 in September 2027, CAMHS has begun "
         "planning her transfer to the adult community mental health team, with a joint "
         "meeting booked for March 2027.")

    pl.section("D")
    pl.p("Hannah has no social care needs related to her special educational needs. Hannah "
         "and her dad were asked and confirmed this; she has never had a social worker.")

    pl.section("E")
    outcomes_table(pl, [
        ["Education and employment",
         "By July 2027, Hannah will complete a 2-week work placement in the pathology "
         "laboratory at Kestrel Bay General Hospital, attending every day."],
        ["Communication and interaction",
         "By July 2026, Hannah will give a 5-minute presentation on her BTEC project to her "
         "class."],
        ["Social, emotional and mental health",
         "By July 2027, Hannah will attend 95% of her timetabled lessons, using her anxiety "
         "plan, measured by the college register each half-term."],
        ["Independent living",
         "By July 2027, Hannah will plan, budget for and cook a meal for her family once a "
         "week, for a whole term."],
        ["Good health",
         "By March 2027, Hannah will describe her medication and her anxiety plan to her "
         "new adult mental health worker herself at the joint meeting."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["Written step-by-step instructions for every practical lesson.", "Every practical "
         "lesson (about 6 hours a week)", "Subject lecturers, checked by the additional "
         "learning support manager"],
        ["Study skills and anxiety coaching: planning assignments and using her anxiety plan. "
         "Hannah chose this: \u201cI might actually manage if someone helps me plan the "
         "week.\u201d", "1 session of 45 minutes a week", "Learning support mentor trained "
         "in autism"],
        ["Careers guidance and help to apply for the hospital placement and for "
         "apprenticeships.", "3 meetings of 45 minutes a year", "Careers adviser (Level 6 "
         "qualified)"],
        ["A quiet room for lunch and breaks, with a named member of staff nearby.",
         "Every college day", "Additional learning support team"],
        ["Independent living programme: budgeting, shopping and cooking.",
         "1 session of 90 minutes a week for 2 terms", "Independent living tutor"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Review of her medication with her CAMHS psychiatrist.", "Every 3 months",
         "Dr Meera Pillai, consultant child and adolescent psychiatrist"],
        ["Cognitive behavioural therapy for anxiety.", "As needed", "CAMHS clinician"],
        ["Transition planning to adult mental health services: a joint meeting with Hannah, "
         "CAMHS and the adult community mental health team.", "1 meeting by March 2027, "
         "then reviewed at her annual review", "CAMHS care coordinator"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    pl.p("No social care provision is required: Section 4 records no social care needs.")
    pl.section("H2")
    pl.p("No other social care provision is required.")

    pl.section("I")
    pl.p("Kestrel Bay Sixth Form College, a sixth-form college.")

    pl.section("J")
    pl.p("Hannah has been told about personal budgets and has not asked for one.")

    pl.section("K")
    advice_table(pl, [
        ["Hannah's views", "Hannah Okafor", "20 August 2026"],
        ["Parent's views", "Chinedu Okafor (father)", "20 August 2026"],
        ["Educational advice", "Ms Paula Grant, additional learning support manager, Kestrel "
         "Bay Sixth Form College", "27 August 2026"],
        ["Medical advice", "Dr Meera Pillai, consultant psychiatrist, Kestrel Bay CAMHS",
         "18 August 2026"],
        ["Psychological advice", "Dr Lewis Baptiste, educational psychologist",
         "1 December 2025"],
        ["Social care advice", "Kestrel Bay Children's Services (not known)", "14 August 2026"],
        ["Preparing for adulthood advice", "Mr Sanjay Dutta, careers adviser",
         "25 August 2026"],
    ])

    pl.expect_front(review_date="8 September 2026",
                    primary_need="Autistic spectrum disorder (ASD)", primary_need_code="ASD",
                    placement="Kestrel Bay Sixth Form College")
    pl.grade_band(["Requires improvement", "Good"],
                  "strong voice, work and health transition, but no friends or community "
                  "outcome or provision, a July 2026 outcome left in an October 2026 plan, and "
                  "therapy 'as needed'")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("pfa.area-missing", "E",
           "area 3 (friends, relationships and community) is covered nowhere in E to H; the "
           "trips with her sister are in A only")
    pl.exp("stale.outcome-date-passed", "E",
           "the presentation outcome is due July 2026, before the plan date of 5 October 2026")
    pl.exp("provision.vague", "G", "cognitive behavioural therapy 'As needed'")
    pl.exp("provision.not-quantified", "G",
           "'As needed' states no frequency or number of sessions")
    pl.no("provision.vague", "F", "'might' appears only inside Hannah's quoted words")
    pl.no("stale.obsolete-terminology", "A",
          "'Statement of Special Educational Needs' is history: transferred to an EHC plan in "
          "2016")
    pl.no("pfa.adult-transition-missing", None,
          "C and G plan her transfer to the adult community mental health team")
    pl.no("pfa.young-person-voice", "A", "A opens with Hannah's own words")
    pl.no("stale.advice-outdated", "K",
          "the oldest advice (1 December 2025) is 10 months before the plan date")
    pl.no("advice.required-missing", "K",
          "all required kinds are listed, including preparing-for-adulthood advice from a "
          "careers adviser")
    pl.no("social-care.needs-unrecorded", "D",
          "'never had a social worker' is a negation, and D says so explicitly")
    pl.no("consistency.other-name", None,
          "Chinedu (father), Grace (sister), Pip and Squeak (her rats) and the professionals "
          "are introduced")
    pl.no("stale.age-mismatch", None,
          "'I'm 17' matches; 'Grace, who is 20' is her sister's age; 'by the time I'm 21' is "
          "a hope; 'Year 10' is history")
    pl.no("transition.phase-transfer-missing", None,
          "Year 12 by her date of birth: not a transfer year")
    pl.no("outcomes.not-time-bound", "E", "every outcome carries a date (one of them passed)")
    pl.no("outcomes.education-only", "E",
          "cooking, attendance with her anxiety plan and the health outcome go beyond learning")
    return pl


# ============================================================================================
# final-poor-lettered-age15 — a final plan issued in October 2025 for a boy in Year 10, not
# reviewed since. Copied forward from older paperwork: ADHD and medication outside C while C
# says there are none; no preparing for adulthood; service-led, undated outcomes; a copied
# name; a stale date and age; old psychological advice; vague, unowned provision.
# Near misses: his primary-school Statement (history), his brother Kieran.
# ============================================================================================
def plan_final_poor_lettered_age15():
    pl = Plan("final-poor-lettered-age15", authority="Dunmore Metropolitan Borough Council",
              status="final", layout="lettered", name="Tyler Greenwood", dob="2010-09-15",
              plan_date="2025-10-06", titles=ms.LETTERED, heading_style="Heading2",
              sub_style="Heading3")
    front(pl, "Education, Health and Care Plan", [
        ("Name", "Tyler Greenwood"),
        ("Date of birth", "15.09.2010"),
        ("School", "Dunmore Park Academy"),
        ("Date of issue", "06.10.2025"),
    ])

    pl.section("A")
    pl.p("Tyler is 14 and in Year 9 at Dunmore Park Academy. Tyler says he likes fishing with "
         "his grandad, BMX and looking after his dog, Diesel. He told us he wants to be a dog "
         "groomer and have his own van one day. He says teachers \u201calways pick on me\u201d.")
    pl.p("His mum, Donna, says Tyler is a different boy at home and is brilliant with his "
         "younger brother Kieran. At primary school Tyler had a Statement of Special "
         "Educational Needs, which became an EHC plan in 2016.")

    pl.section("B")
    pl.sub("Social, emotional and mental health")
    pl.p("Tyler was diagnosed with ADHD by the community paediatrician in 2021 and takes "
         "methylphenidate each morning. He struggles to stay in lessons, calls out and has "
         "had 3 fixed-term suspensions this year. He was seen by CAMHS for low mood last "
         "year.")
    pl.sub("Cognition and learning")
    pl.p("Tyler's reading is about 3 years behind his age and he avoids writing tasks.")

    pl.section("C")
    pl.p("No health needs identified.")

    pl.section("D")
    pl.p("Tyler and his family have not needed support from children's social care; his mum "
         "confirmed this at the planning meeting.")

    pl.section("E")
    pl.bullets([
        "Tyler will improve his behaviour in lessons.",
        "Tyler will receive 1:1 support in English to help with his reading.",
        "Mason will be supported to manage his emotions.",
        "By July 2025, Tyler will read a book of his choice.",
    ])

    pl.section("F")
    pl.bullets([
        "Access to a quiet space as needed.",
        "Regular check-ins with a key adult.",
        "Support with reading and writing.",
        "Tyler may benefit from a mentor.",
    ])

    pl.section("G")
    pl.p("No health provision required.")

    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No social care provision is required.")

    pl.section("I")
    pl.p("Dunmore Park Academy, a mainstream secondary academy.")

    pl.section("J")
    pl.p("No personal budget has been requested.")

    pl.section("K")
    advice_table(pl, [
        ["Parent's views", "Donna Greenwood (mother)", "1 July 2025"],
        ["Educational advice", "Mr Carl Wade, SENCo, Dunmore Park Academy", "7 July 2025"],
        ["Medical advice", "Dr Rachel Young, community paediatrician", "24 June 2025"],
        ["Psychological advice", "Dr Simon Eke, educational psychologist", "9 March 2023"],
        ["Social care advice", "Dunmore Children's Services (not known)", "2 July 2025"],
    ])

    pl.expect_front(placement="Dunmore Park Academy")
    pl.grade_band(["Inadequate"],
                  "no preparing for adulthood in Year 10, health needs left out of C, "
                  "outcomes that are services or copied from another child, vague provision "
                  "and a review more than a year overdue")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("health.needs-unrecorded", "C",
           "C says 'No health needs identified.' while B records ADHD diagnosed by a "
           "paediatrician, daily methylphenidate and CAMHS")
    pl.exp("pfa.missing", "E",
           "Year 10: no preparing-for-adulthood outcomes or provision at all")
    pl.exp("advice.required-missing", "K",
           "Year 10: no preparing-for-adulthood (careers) advice is listed")
    pl.exp("outcomes.service-led", "E",
           "'will receive 1:1 support in English' and 'will be supported to manage his "
           "emotions'")
    pl.exp("outcomes.not-time-bound", "E", "three of the four outcomes have no time frame")
    pl.exp("outcomes.not-measurable", "E",
           "'will improve his behaviour in lessons' has no checkable criterion")
    pl.exp("outcomes.not-aspirational", "E",
           "A records his hope to be a dog groomer with his own van and no outcome connects "
           "to it")
    pl.exp("stale.outcome-date-passed", "E",
           "'By July 2025' is before the plan date of 6 October 2025")
    pl.exp("consistency.other-name", "E", "'Mason will be supported…' in Tyler's plan")
    pl.exp("stale.age-mismatch", "A",
           "'Tyler is 14 and in Year 9': he was 15 and in Year 10 at the plan date")
    pl.exp("stale.advice-outdated", "K",
           "psychological advice of 9 March 2023, over 2 years before the plan date")
    pl.exp("stale.review-overdue", None,
           "issued 6 October 2025 with no later review: more than 12 months before 23 "
           "November 2026")
    pl.exp("provision.vague", "F",
           "'Access to a quiet space as needed', 'Regular check-ins', 'may benefit'")
    pl.exp("provision.not-quantified", "F", "no item states an amount or frequency")
    pl.exp("provision.no-provider", "F",
           "'Access to a quiet space' and 'Support with reading and writing' name nobody; 'a "
           "key adult' and 'a mentor' give no role or expertise")
    pl.no("health.provision-missing", "G",
          "C records no health needs (its omission is health.needs-unrecorded), and G states "
          "that none is required")
    pl.no("outcomes.education-only", "E",
          "C and D record no needs; the fault is that C leaves them out")
    pl.no("pfa.area-missing", "E",
          "there is no PfA content at all, so only pfa.missing applies")
    pl.no("stale.obsolete-terminology", "A",
          "'Statement of Special Educational Needs' is history: it became an EHC plan in 2016")
    pl.no("consistency.other-name", "A",
          "Donna (mother), Kieran (brother), his grandad and Diesel (dog) are introduced")
    pl.no("structure.section-empty", "C",
          "'No health needs identified.' is boilerplate, not a placeholder: the fault is "
          "health.needs-unrecorded")
    pl.no("structure.section-empty", "G",
          "G states that no health provision is required")
    pl.no("structure.section-empty", "D",
          "D states that the family have not needed social care and the mother confirmed it")
    pl.no("social-care.needs-unrecorded", "D",
          "nothing outside D mentions a social worker, short breaks or care support")
    pl.no("golden-thread.need-without-outcome", "E",
          "both areas in B (SEMH, cognition and learning) have an outcome, however weak")
    pl.no("golden-thread.need-without-provision", "F",
          "both areas in B have an item in F, however vague")
    pl.no("transition.phase-transfer-missing", None, "Year 10 is not a transfer year")
    return pl


# ============================================================================================
# draft-poor-numbered-age20 — a draft at 20 for a young man at college. The draft names the
# college in part 10, phonics outcomes stand as his main outcomes, D denies the short breaks A
# describes, nothing about adult services, "she" for Owen, P scales as current attainment,
# a job coach 'as required', no social care advice and year-old medical advice.
# Near misses: his own voice at 20 (with "might" in his words), his sister Megan.
# ============================================================================================
def plan_draft_poor_numbered_age20():
    pl = Plan("draft-poor-numbered-age20", authority="Penrhos Valley Council", status="draft",
              layout="numbered", name="Owen Pritchard", dob="2006-02-11",
              plan_date="2026-09-21", titles=ms.numbered_titles({}),
              heading_style="Heading1", sub_style="Heading2")
    front(pl, "DRAFT Education, Health and Care Plan", [
        ("Name", "Owen Pritchard"),
        ("Date of birth", "11/02/2006"),
        ("Education", "Riverside College, Foundation Learning"),
        ("Primary need", "Severe learning difficulty (SLD)"),
        ("Date of draft", "21/09/2026"),
    ])

    pl.section("A")
    pl.p("Owen is 20. He told us: \u201cI like the kitchen at college and I like Wrexham "
         "football. I might want a job making pizzas. I want to go to the match without my "
         "mam.\u201d")
    pl.p("His mum, Carys, says Owen goes to a short breaks unit two weekends a month, which "
         "his social worker arranged, and that this gives her and his sister Megan a rest. "
         "She would like him to have more friends of his own age.")

    pl.section("B")
    pl.sub("Cognition and learning")
    pl.p("Owen has a severe learning difficulty. He is working at P scale 8 in English and "
         "P7 in maths. He recognises his name and some familiar signs.")
    pl.sub("Communication and interaction")
    pl.p("Owen speaks in short phrases and understands simple two-part instructions. He "
         "uses a communication book with photographs when he is not understood.")

    pl.section("C")
    pl.p("Owen has epilepsy, which is well controlled with sodium valproate. His GP reviews "
         "his medication once a year.")

    pl.section("D")
    pl.p("Owen does not have any social care needs.")

    pl.section("E")
    outcomes_table(pl, [
        ["Cognition and learning",
         "By July 2027, Owen will say the sounds s, a, t, p, i and n when shown the letters, "
         "in 4 out of 5 tries."],
        ["Cognition and learning",
         "By July 2027, Owen will blend 3-letter words such as 'cat' and 'pin' with a "
         "phonics mat, 8 words out of 10."],
        ["Employment",
         "Owen will work in the college caf\u00e9 making pizzas."],
        ["Communication and interaction",
         "By July 2027, Owen will use his communication book to ask a member of staff for "
         "help, at least twice a day, on 4 days a week."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["Phonics teaching (Phase 2) in a group of 6.", "4 sessions of 30 minutes a week",
         "Foundation Learning tutor"],
        ["Work experience in the college caf\u00e9, with a job coach as required.", "",
         "Job coach"],
        ["Speech and language therapy programme for using her communication book.",
         "1 session of 30 minutes a week", "Learning support assistant, with a programme "
         "from the speech and language therapist"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Annual epilepsy medication review.", "Once a year", "GP"],
        ["A seizure care plan kept at college; staff trained to give emergency medication.",
         "Plan reviewed once a year; training for 4 staff each September",
         "Epilepsy specialist nurse"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No other social care provision is required.")

    pl.section("I")
    pl.p("Riverside College, Foundation Learning department (general further education "
         "college).")

    pl.section("J")
    pl.p("Owen's mum has not asked for a personal budget.")

    pl.section("K")
    advice_table(pl, [
        ["Owen's views", "Owen, with his tutor", "3 July 2026"],
        ["Parent's views", "Carys Pritchard (mother)", "3 July 2026"],
        ["Educational advice", "Ms Nia Roberts, Foundation Learning manager, Riverside "
         "College", "10 July 2026"],
        ["Medical advice", "Dr Gwyn Hughes, GP", "14 March 2025"],
        ["Psychological advice", "Dr Alys Morgan, educational psychologist", "30 June 2026"],
        ["Preparing for adulthood advice", "Mr Rhodri Evans, careers adviser", "8 July 2026"],
    ])

    pl.expect_front(primary_need="Severe learning difficulty (SLD)", primary_need_code="SLD",
                    placement="Riverside College, Foundation Learning")
    pl.grade_band(["Inadequate"],
                  "an unlawful draft (names the college), social care needs denied and "
                  "unprovided, phonics outcomes at 20, nothing on adult services and social "
                  "care advice missing")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("draft.names-school", "I",
           "part 10 of a draft names Riverside College and its Foundation Learning department")
    pl.exp("social-care.needs-unrecorded", "D",
           "D says he has no social care needs while A describes short breaks two weekends a "
           "month arranged by his social worker")
    pl.exp("pfa.age-inappropriate", "E",
           "at 20 his main outcomes are Phase 2 phonics: letter sounds and blending 3-letter "
           "words")
    pl.exp("pfa.adult-transition-missing", None,
           "aged 20 and nothing about adult health services or an adult social care (Care "
           "Act) assessment")
    pl.exp("pfa.area-missing", "E",
           "only employment (the caf\u00e9) is covered as preparing for adulthood: independent "
           "living and friends and community are missing from E to H (good health is at "
           "most touched by G's epilepsy items)")
    pl.exp("outcomes.not-time-bound", "E", "the caf\u00e9 outcome has no time frame")
    pl.exp("outcomes.education-only", "E",
           "C records epilepsy, yet every outcome is about phonics, work or communication")
    pl.exp("stale.obsolete-terminology", "B",
           "'working at P scale 8 in English and P7 in maths' describes him now")
    pl.exp("consistency.pronoun-mixed", "F", "'her communication book' about Owen")
    pl.exp("provision.vague", "F", "'with a job coach as required'")
    pl.exp("provision.not-quantified", "F", "the caf\u00e9 row states no hours or days")
    pl.exp("advice.required-missing", "K", "no social care advice, though he has a social "
           "worker")
    pl.exp("stale.advice-outdated", "K",
           "medical advice of 14 March 2025, 18 months before the plan date")
    pl.no("structure.section-empty", "D",
          "D is a (wrong) statement, not a placeholder: the fault is "
          "social-care.needs-unrecorded")
    pl.no("social-care.provision-missing", "H1",
          "D records no needs, so there is nothing for H1 to meet: the fault is in D")
    pl.no("voice.child-absent", "A", "A gives Owen's own words")
    pl.no("pfa.young-person-voice", "A", "A gives Owen's own words")
    pl.no("provision.vague", "G", "the health items are fixed: once a year, each September")
    pl.no("pfa.missing", "E", "employment outcome and provision are present")
    pl.no("outcomes.not-measurable", "E",
          "the caf\u00e9 outcome is undated but names an observable act (making pizzas in "
          "the caf\u00e9); the others have counts")
    pl.no("consistency.other-name", None,
          "Carys (mother), Megan (sister) and the professionals are introduced")
    pl.no("stale.age-mismatch", None, "'Owen is 20' matches the date of birth")
    pl.no("health.needs-unrecorded", "C", "C records his epilepsy")
    pl.no("pfa.over-age", None, "aged 20, five years short of the limit")
    pl.no("transition.phase-transfer-missing", None, "aged 20: not a transfer year")
    pl.no("outcomes.not-aspirational", "E",
          "the caf\u00e9 outcome follows his hope of making pizzas")
    return pl


PLANS = [
    plan_draft_good_lettered_age3,
    plan_final_good_area_tables_age8,
    plan_final_middling_numbered_age11,
    plan_final_middling_titled_age17,
    plan_final_poor_lettered_age15,
    plan_draft_poor_numbered_age20,
]


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    wanted = set(sys.argv[1:])
    for make in PLANS:
        plan = make()
        if wanted and plan.stem not in wanted:
            continue
        plan.save(OUT_DIR)
        print("wrote samples/held-out/%s.docx and its labels" % plan.stem)


if __name__ == "__main__":
    main()
