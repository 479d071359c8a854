"""Sample plans that widen the range of samples/: ages 2 to 24, 'middling' plans with a few
realistic weaknesses next to good and poor ones, every layout family, health and social care
needs present and absent (with provision present and missing), preparing for adulthood,
stale advice, overdue reviews, pre-2014 terms, copy-and-paste names and pronouns, request
dates, and the rule catalogue's "context, not keywords" near misses (negation, quotation,
past history, family members' names).

Written with tools/make_samples.py's Plan builder. Every plan is fictional. Each plan's labels
(expect, forbid, grade_band) were written from the rule catalogue and the primer by reading the
plan as a QA officer would, before ehcpqa was run on it; the expected segmentation comes from
what the generator wrote (tools/segmentation.py).
"""

from docxgen import R, Cell, Bullets  # noqa: F401
import make_samples as ms
import layout_samples as ls

Plan = ms.Plan
advice_table = ms.advice_table
provision_table = ms.provision_table

HEALTH_HEADERS = ("Health provision", "How often", "Provided by")
CARE_HEADERS = ("Social care provision", "How much", "Provided by")


def outcome_table(pl, rows):
    pl.table([["Area", "Outcome"]] + [list(r) for r in rows], col_widths=[28, 72])


def front(pl, title, pairs):
    pl.p(R(pl.authority, bold=True, size=14))
    pl.doc.title(title)
    pl.labels_table(pairs)
    pl.page_break()


# ============================================================================================
# draft-good-titled-age2 — a good draft for a 2-year-old with Down syndrome at pre-school.
# Sections named by title only. Health needs recorded and provided for; hearing and vision
# checked and normal (no teacher of the deaf or of the visually impaired needed); past heart
# surgery is history.
# ============================================================================================
def plan_draft_good_titled_age2():
    pl = Plan("draft-good-titled-age2", authority="Harrowdene Borough Council", status="draft",
              layout="titled", name="Aarav Mehta", dob="2024-03-15", plan_date="2026-10-05",
              titles=ls.TITLED, heading_style="Heading1", sub_style="Heading2")
    front(pl, "Draft Education, Health and Care Plan", [
        ("Name", "Aarav Mehta"),
        ("Date of birth", "15 March 2024"),
        ("Current setting", "Sunnybank Pre-school"),
        ("Primary need", "Speech, language and communication needs (SLCN)"),
        ("Date of request for assessment", "18 May 2026"),
        ("Date draft plan issued", "5 October 2026"),
    ])

    pl.section("A")
    pl.sub("What Aarav likes")
    pl.p("Aarav is 2. He loves bubbles, splashing in water and the song \u201cWheels on the "
         "Bus\u201d. He laughs when his big sister Priya, who is 6, plays peekaboo with him; she "
         "is his favourite person. At pre-school Aarav likes the sand tray and the swing, and "
         "he shows his key person what he wants by pointing, leading her by the hand and "
         "signing \u201cmore\u201d and \u201cfinished\u201d.")
    pl.sub("Our hopes for Aarav (his parents, Neha and Vikram)")
    pl.p("We hope Aarav will talk with us in words and signs, walk on his own and make friends "
         "at nursery. When he is older we hope he will go to our local primary school with "
         "Priya and grow up to live as independently as he can.")

    pl.section("B")
    pl.sub("Communication and interaction")
    pl.p("Aarav has Down syndrome. He understands about 30 familiar words and routines (\u201cshoes "
         "on\u201d, \u201cbath time\u201d), uses 4 Makaton signs and says 2 words. He finds it hard "
         "to wait for his turn in play.")
    pl.sub("Cognition and learning")
    pl.p("His play and problem-solving are at about the level of a child of 15 months: he "
         "explores toys by mouthing and banging them and is starting to post shapes.")
    pl.sub("Sensory and/or physical needs")
    pl.p("Aarav has low muscle tone. He sits on his own and pulls himself up to stand, and he "
         "walks a few steps holding a walker. He tires quickly and finds it hard to hold a "
         "spoon.")

    pl.section("C")
    pl.p("Aarav has Down syndrome (trisomy 21). He had surgery to repair a hole in his heart "
         "in July 2024; Dr Ruth Akinola, paediatric cardiologist, discharged him in January "
         "2026 and his heart needs no further treatment. He has an underactive thyroid and "
         "takes levothyroxine each morning at home. His low muscle tone is treated by the "
         "community physiotherapy team. His hearing was tested in August 2026 and is normal "
         "in both ears, and his eyes were checked in June 2026: he does not need glasses.")

    pl.section("D")
    pl.p("Aarav has no social care needs related to his special educational needs or "
         "disability. His parents were asked by the social care adviser and confirmed this.")

    pl.section("E")
    outcome_table(pl, [
        ["Communication and interaction",
         "By March 2027 (his third birthday), Aarav will use 20 signs or words to ask for "
         "things or people, counted by his key person over one week."],
        ["Communication and interaction",
         "By October 2027, Aarav will take 5 turns with an adult in a simple game (rolling a "
         "ball, a pop-up toy) on 3 days in a week."],
        ["Cognition and learning",
         "By March 2027, Aarav will match 3 pairs of familiar objects (cup, shoe, spoon) when "
         "asked, in 4 out of 5 tries."],
        ["Physical development and health",
         "By October 2027, Aarav will walk 5 metres across the pre-school room on his own, "
         "without holding on, on 3 days in a week."],
        ["Self-care and independence",
         "By March 2027, Aarav will feed himself with a chunky-handled spoon for at least half "
         "of his lunch on 4 days out of 5."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["A key person who models Makaton signs and single words in play and daily routines.",
         "Every session: 15 hours a week, 38 weeks a year",
         "Key person trained in Makaton (Level 1 or above)"],
        ["1:1 adult support in play, routines and outdoor time, following his physiotherapy "
         "and speech and language therapy programmes.", "15 hours a week, 38 weeks a year",
         "Early years practitioner (Level 3), trained by the physiotherapist and the speech "
         "and language therapist"],
        ["Speech and language therapy: assessment, a play-based programme for the setting and "
         "home, and a review of targets.", "6 sessions of 45 minutes each term",
         "Speech and language therapist, Harrowdene Children's Therapy Service"],
        ["Structured play (matching, posting and cause-and-effect toys) with one adult and one "
         "other child.", "3 sessions of 15 minutes a week",
         "Early years practitioner, following the advisory teacher's plan"],
        ["Advice, modelling and review visits for the setting.", "1 visit of 2 hours each "
         "half-term", "Early Years SEND advisory teacher (qualified teacher)"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Physiotherapy: a standing and walking programme, reviewed in the setting, and "
         "advice on seating and his walker.", "1 visit of 45 minutes every 6 weeks",
         "Paediatric physiotherapist, Harrowdene Community Children's Services"],
        ["Thyroid blood test and review of his levothyroxine dose.", "Every 6 months",
         "Community paediatrician"],
        ["Assessment for a spoon, cup and seat for mealtimes, then reviews.",
         "1 assessment of 1 hour by December 2026, then 1 review each term",
         "Paediatric occupational therapist"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    pl.p("No social care provision is required: part 4 records no social care needs.")
    pl.section("H2")
    pl.p("No other social care provision is required.")

    pl.section("I")
    pl.p("This is a draft plan, so no setting is named here. The setting will be named in the "
         "final plan after Aarav's parents have told the council which setting they would "
         "like and the council has consulted it.")

    pl.section("J")
    pl.p("Aarav's parents have been told about personal budgets and have not asked for one.")

    pl.section("K")
    advice_table(pl, [
        ["Parents' views", "Neha and Vikram Mehta (parents)", "20 July 2026"],
        ["Educational advice", "Ms Carol Ndlovu, Early Years SEND advisory teacher",
         "3 August 2026"],
        ["Medical advice", "Dr Sunil Rao, community paediatrician", "28 July 2026"],
        ["Psychological advice", "Dr Hannah Price, educational psychologist", "11 August 2026"],
        ["Social care advice", "Harrowdene Children's Services (no involvement)",
         "22 July 2026"],
        ["Speech and language therapy advice", "Ms Leah Ford, speech and language therapist",
         "30 July 2026"],
        ["Physiotherapy advice", "Ms Amy Scott, paediatric physiotherapist", "5 August 2026"],
    ])

    pl.expect_front(primary_need="Speech, language and communication needs (SLCN)",
                    primary_need_code="SLCN", placement="Sunnybank Pre-school",
                    request_date="18 May 2026")
    pl.grade_band(["Good", "Outstanding"],
                  "a lawful, specific draft for a 2-year-old: every need has measurable "
                  "outcomes and owned, quantified provision; health needs provided for")
    # ---- labels -------------------------------------------------------------------------
    pl.no("draft.names-school", "I",
          "I names no setting; the current pre-school appears only in the front matter")
    pl.no("advice.required-missing", "K",
          "all required kinds are listed; hearing and vision were checked and are normal, so "
          "no teacher of the deaf or of the visually impaired is needed")
    pl.no("health.needs-unrecorded", "C", "C records Down syndrome, thyroid and muscle tone")
    pl.no("consistency.other-name", None,
          "Priya (sister), Neha and Vikram (parents) and the professionals are introduced")
    pl.no("consistency.pronoun-mixed", None,
          "'she' refers to his sister Priya and to his key person, not to Aarav")
    pl.no("stale.age-mismatch", None,
          "'Aarav is 2' matches; 'Priya, who is 6' is his sister's age and 'a child of 15 "
          "months' describes his play")
    pl.no("pfa.age-inappropriate", "E",
          "living independently is his parents' long-term hope in A, not an outcome")
    pl.no("outcomes.education-only", "E", "walking and feeding outcomes address health and self-care")
    pl.no("stale.outcome-date-passed", "E", "March and October 2027 are after the plan date")
    pl.no("transition.phase-transfer-missing", None, "aged 2: not in a transfer year")
    return pl


# ============================================================================================
# final-middling-lettered-age4 — a first final plan for an autistic girl in Reception. Sound
# overall; a vague, unquantified sensory-room item, one vague outcome and old psychological
# advice. Issued exactly 20 weeks after the request. The family "have never needed a social
# worker" (a negation).
# ============================================================================================
def plan_final_middling_lettered_age4():
    pl = Plan("final-middling-lettered-age4", authority="Stourmouth City Council",
              status="final", layout="lettered", name="Maryam Haddad", dob="2022-02-08",
              plan_date="2026-09-28", titles=ms.LETTERED, heading_style="Heading2",
              sub_style="Heading3")
    front(pl, "Final Education, Health and Care Plan", [
        ("Name", "Maryam Haddad"),
        ("Date of birth", "08/02/2022"),
        ("School", "Riverbank Primary School"),
        ("Year group", "Reception"),
        ("Primary need", "Autism (ASD)"),
        ("Date request for assessment received", "11 May 2026"),
        ("Date final plan issued", "28 September 2026"),
    ])

    pl.section("A")
    pl.sub("About Maryam")
    pl.p("Maryam is 4 and started in the Reception class at Riverbank Primary School in "
         "September 2026. She likes trains, spinning on the roundabout, and lining up her "
         "animals by colour. She told her teaching assistant \u201cI like the garden\u201d and "
         "\u201cno loud\u201d. She does not like the hand dryers or the hall at lunchtime.")
    pl.sub("Her family's views and hopes")
    pl.p("Maryam's parents, Rania and Karim, say she is funny and determined. Her brother "
         "Yusuf, who is 8, is very patient with her and he is teaching her to ride a scooter. "
         "The family manage well at home with help from Maryam's grandmother, Samira, and have "
         "never needed a social worker or short breaks.")
    pl.p("They hope Maryam will talk in sentences, make a friend at school and, when she is "
         "older, go to secondary school with children from her street.")

    pl.section("B")
    pl.sub("Communication and interaction")
    pl.p("Maryam was diagnosed with autism in March 2025. She uses single words and phrases "
         "she has heard before (\u201cready, steady, go\u201d) and finds it hard to ask for help; "
         "when she cannot make herself understood she screams or leaves the room.")
    pl.sub("Social, emotional and mental health")
    pl.p("Changes of activity and room upset her: moving to the hall for PE or lunch often "
         "ends in distress that lasts 20 minutes.")
    pl.sub("Sensory and/or physical needs")
    pl.p("Maryam is very sensitive to noise and avoids messy play, sand and paint. She seeks "
         "movement and spins or jumps when she is anxious.")

    pl.section("C")
    pl.p("Maryam's autism was diagnosed by the Stourmouth Child Development Centre in March "
         "2025. She has long-standing constipation, managed with a daily laxative prescribed "
         "by her paediatrician, and she is not yet toilet trained.")

    pl.section("D")
    pl.p("No social care needs have been identified. Maryam's parents were asked at the "
         "assessment meeting and confirmed this.")

    pl.section("E")
    outcome_table(pl, [
        ["Communication and interaction",
         "By July 2027 (the end of Reception), Maryam will use two-word phrases of her own to "
         "ask for help or for a toy 10 times in a school day, recorded by her teaching "
         "assistant on 3 days."],
        ["Social, emotional and mental health",
         "By April 2027, Maryam will move from the classroom to the hall for PE and lunch "
         "using her visual timetable, with no more than one adult prompt, on 4 days out of 5."],
        ["Social, emotional and mental health",
         "Maryam will become more confident in the playground."],
        ["Sensory and/or physical",
         "By July 2027, Maryam will join a messy play activity (sand, paint or dough) for 5 "
         "minutes with her ear defenders on, twice a week."],
        ["Health and self-care",
         "By July 2027, Maryam will tell or sign to an adult when she needs the toilet on 4 "
         "days out of 5."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["Small-group communication sessions (Attention Autism and intensive interaction) in "
         "a group of 4.", "4 sessions of 20 minutes a week",
         "Teaching assistant trained in Attention Autism, with a programme set by the speech "
         "and language therapist"],
        ["Speech and language therapy: assessment and a programme for school and home.",
         "6 sessions of 30 minutes each term",
         "Speech and language therapist, Stourmouth Children's Therapy Service"],
        ["A visual timetable at her table, changed before each change of activity.",
         "Daily, at each of the 6 changes in the school day", "Her teaching assistant"],
        ["Access to the sensory room when she needs it.", "When she needs it",
         "Her teaching assistant"],
        ["Sensory circuit (movement and calming activities) before school and after lunch.",
         "2 sessions of 10 minutes a day",
         "Teaching assistant trained by the occupational therapist"],
        ["Adult support in class, at changes of activity and at lunchtime, following her "
         "communication and sensory plans.",
         "25 hours a week: 1:1 for 15 hours and shared 1:2 for 10",
         "Teaching assistant trained in autism (Autism Education Trust Level 2)"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Review of her constipation and her laxative dose.", "Every 6 months",
         "Dr Fiona Hale, community paediatrician"],
        ["A toileting plan written with school and home, and reviewed.",
         "1 review each term (3 a year)", "School nurse"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    pl.p("No social care provision is required, because Section D records no social care "
         "needs.")
    pl.section("H2")
    pl.p("No other social care provision is required.")

    pl.section("I")
    pl.p("Riverbank Primary School, a mainstream community primary school (Reception class).")

    pl.section("J")
    pl.p("Maryam's parents have chosen not to have a personal budget. The council gave them "
         "information about personal budgets on 30 June 2026.")

    pl.section("K")
    advice_table(pl, [
        ["Parents' views", "Rania and Karim Haddad (parents)", "15 June 2026"],
        ["Maryam's views", "Maryam, with her nursery key person", "17 June 2026"],
        ["Educational advice", "Mrs Joanne Reid, SENCo, Riverbank Primary School",
         "1 July 2026"],
        ["Medical advice", "Dr Fiona Hale, community paediatrician", "24 June 2026"],
        ["Psychological advice", "Dr Peter Olsen, educational psychologist", "2 June 2025"],
        ["Social care advice", "Stourmouth Children's Services (no involvement)",
         "19 June 2026"],
        ["Speech and language therapy advice", "Ms Gwen Lloyd, speech and language therapist",
         "26 June 2026"],
        ["Occupational therapy advice", "Mr Ravi Chand, occupational therapist",
         "29 June 2026"],
    ])
    ms.signature(pl, "Lorna Fitch, SEND Officer", "28 September 2026")

    pl.expect_front(school_year="Reception", primary_need="Autism (ASD)",
                    primary_need_code="ASD", placement="Riverbank Primary School",
                    request_date="11 May 2026")
    pl.grade_band(["Requires improvement", "Good"],
                  "lawful and mostly specific, but a vague, unquantified sensory-room item, one "
                  "vague outcome and psychological advice over a year old")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("provision.vague", "F", "'Access to the sensory room when she needs it.'",)
    pl.exp("provision.not-quantified", "F",
           "the sensory-room item gives no amount: 'When she needs it'")
    pl.exp("outcomes.not-time-bound", "E",
           "'Maryam will become more confident in the playground.' has no date")
    pl.exp("outcomes.not-measurable", "E",
           "'become more confident' has no observable criterion")
    pl.exp("stale.advice-outdated", "K",
           "psychological advice of 2 June 2025, nearly 16 months before the plan date")
    pl.no("provision.no-provider", "F", "every item, the sensory room included, names who "
          "delivers it")
    pl.no("timeliness.over-20-weeks", None,
          "11 May to 28 September 2026 is exactly 20 weeks, not more")
    pl.no("social-care.needs-unrecorded", "D",
          "A says the family 'have never needed a social worker or short breaks': a negation")
    pl.no("consistency.pronoun-mixed", None, "'he' refers to her brother Yusuf")
    pl.no("consistency.other-name", None,
          "Rania, Karim (parents), Yusuf (brother) and Samira (grandmother) are introduced")
    pl.no("stale.age-mismatch", None,
          "'Maryam is 4' and 'Reception' match; 'Yusuf, who is 8' is her brother's age")
    pl.no("outcomes.education-only", "E", "the toileting outcome is about health and self-care")
    pl.no("transition.phase-transfer-missing", None,
          "Reception: she has already made the move from nursery")
    return pl


# ============================================================================================
# final-middling-area-tables-y8 — an amended plan for a 13-year-old in Year 8: one table per
# broad area of need, a health table and a social care table with short breaks. Weak spots:
# National Curriculum levels used as current, a vague 'calm space' item, and one outcome
# written as a service. The old Statement is mentioned as history.
# ============================================================================================
def plan_final_middling_area_tables_y8():
    pl = Plan("final-middling-area-tables-y8", authority="Tanfield Metropolitan Borough Council",
              status="final", layout="area-tables", name="Kofi Asante", dob="2013-04-19",
              plan_date="2026-06-15", titles=ls.AREA_TABLE_PARTS, heading_style="Heading1",
              sub_style="Heading2")
    front(pl, "Education, Health and Care Plan – Final (amended)", [
        ("Name", "Kofi Asante"),
        ("Date of birth", "19/04/2013"),
        ("School", "Tanfield Park School"),
        ("Year group", "Year 8"),
        ("Primary need", "Moderate learning difficulty (MLD)"),
        ("Date of annual review", "20 May 2026"),
        ("Date amended plan issued", "15 June 2026"),
    ])

    pl.section("A")
    pl.p("Kofi is 13 and in Year 8. He told us: \u201cI like football, drumming and my PlayStation. "
         "I want to be a sound engineer and make music for films. I hate it when people rush "
         "me.\u201d")
    pl.p("His mum, Akosua, says Kofi is kind and funny and loves his little brother Kwesi. She "
         "wants him to have friends outside school and to learn to get about on his own. "
         "Kofi's Statement of Special Educational Needs was transferred to an EHC plan in "
         "2018, when he was in Year 1.")

    pl.section("B")
    pl.p("Each table below sets out one area of Kofi's needs, what he is working towards and "
         "the help he will get.")
    needs = ("B", "What I need help with (needs)")
    outcomes = ("E", "What I want to achieve (outcomes)")
    provision = ("F", "The help I will get (provision)")
    pl.column_table("Cognition and learning", "", [needs, outcomes, provision], [
        ["Kofi is working at National Curriculum level 2a in reading and 2c in writing. He "
         "finds it hard to remember new words and to organise his writing.",
         "By May 2027, Kofi will plan and write a paragraph of 5 sentences with a writing "
         "frame, on his own, in 3 subjects each half-term.",
         Bullets(["Literacy intervention (reading and writing frames) in a group of 4, 3 "
                  "sessions of 40 minutes a week, taught by a specialist teacher of literacy.",
                  "Key words for each subject pre-taught, 2 sessions of 15 minutes a week, by "
                  "a teaching assistant."])],
    ], col_widths=[34, 33, 33])
    pl.column_table("Social, emotional and mental health", "", [needs, outcomes, provision], [
        ["Kofi becomes angry quickly when he is rushed or feels shown up, and he has had 4 "
         "fixed-term exclusions since September 2025.",
         Bullets(["By May 2027, Kofi will use his time-out card and return to the lesson "
                  "within 10 minutes, on 9 out of 10 occasions.",
                  "Kofi will be supported by a learning mentor to manage his anger."]),
         Bullets(["Access to a calm space when available.",
                  "Mentoring on recognising and managing anger, 1 session of 30 minutes a "
                  "week, with a learning mentor trained in emotion coaching."])],
    ], col_widths=[34, 33, 33])
    pl.column_table("Communication and interaction", "", [needs, outcomes, provision], [
        ["Kofi understands spoken instructions slowly and often says he understands when he "
         "does not.",
         "By May 2027, Kofi will ask a teacher to repeat or explain an instruction at least "
         "once in 4 out of 5 lessons observed.",
         "Speech and language therapy programme on understanding and asking for help, 1 "
         "session of 30 minutes a week, delivered by a teaching assistant and reviewed each "
         "term by the speech and language therapist."],
    ], col_widths=[34, 33, 33])

    pl.section("C")
    pl.column_table("Health", "", [("C", "Health needs"), ("E", "Outcomes"),
                                   ("G", "Health provision")], [
        ["Kofi has asthma. He uses a brown preventer inhaler at home twice a day and a blue "
         "reliever inhaler when he is wheezy, often before or during PE.",
         "By December 2026, Kofi will use his reliever inhaler before PE without being "
         "reminded, in every PE lesson for a half-term.",
         Bullets(["An asthma plan written with Kofi and his mum and shared with PE staff, "
                  "reviewed once a year by the school nurse.",
                  "An asthma review every 6 months by the practice nurse at his GP surgery."])],
    ], col_widths=[34, 33, 33])

    pl.section("D")
    pl.column_table("Social care", "", [("D", "Social care needs"), ("E", "Outcomes"),
                                        ("H", "Social care provision")], [
        ["Kofi's social worker, Ms Eve Carter (Children with Disabilities Team), assessed him "
         "in January 2026. He needs help to take part in activities with other young people "
         "outside school, and his mum, who cares for him and his brother on her own, needs "
         "regular breaks from caring.",
         "By May 2027, Kofi will go to the Friday youth club and take part in one activity "
         "each session, for a whole term.",
         "Short breaks: the Friday youth club with a support worker, 3 hours each Friday in "
         "term time, provided by the Tanfield Youth Inclusion Service."],
    ], col_widths=[34, 33, 33])

    pl.section("I")
    pl.p("Tanfield Park School, a mainstream secondary academy.")

    pl.section("J")
    pl.p("Kofi's mum was told about personal budgets at the review and does not want one.")

    pl.section("K")
    advice_table(pl, [
        ["Parent's views", "Akosua Asante (mother)", "28 April 2026"],
        ["Kofi's views", "Kofi, with his learning mentor", "30 April 2026"],
        ["Educational advice", "Mr Gavin Shore, SENCo, Tanfield Park School", "5 May 2026"],
        ["Medical advice", "Dr Lucy Marsh, GP", "22 April 2026"],
        ["Psychological advice", "Dr Hamid Rahimi, educational psychologist", "14 November 2025"],
        ["Social care advice", "Ms Eve Carter, social worker, Children with Disabilities Team",
         "6 May 2026"],
    ])

    pl.expect_front(review_date="20 May 2026", school_year="Year 8",
                    primary_need="Moderate learning difficulty (MLD)", primary_need_code="MLD",
                    placement="Tanfield Park School")
    pl.grade_band(["Requires improvement"],
                  "lawful and the golden thread holds, but NC levels describe current "
                  "attainment, the calm-space item is vague and one outcome is a service")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("stale.obsolete-terminology", "B",
           "'working at National Curriculum level 2a in reading and 2c in writing' describes "
           "his attainment now")
    pl.exp("provision.vague", "F", "'Access to a calm space when available.'")
    pl.exp("provision.not-quantified", "F", "the calm space has no amount or frequency")
    pl.exp("provision.no-provider", "F", "nobody is named for the calm space")
    pl.exp("outcomes.service-led", "E",
           "'Kofi will be supported by a learning mentor to manage his anger.'")
    pl.exp("outcomes.not-time-bound", "E", "the mentor outcome has no date")
    pl.exp("outcomes.not-measurable", "E", "'manage his anger' has no checkable criterion")
    pl.no("stale.obsolete-terminology", "A",
          "'Statement of Special Educational Needs' is history: transferred to an EHC plan in "
          "2018")
    pl.no("structure.section-missing", None,
          "E, F, G and a combined H are the columns of the area, health and social care tables")
    pl.no("social-care.provision-missing", "H1",
          "D's needs are met by the short breaks in the social care column")
    pl.no("social-care.needs-unrecorded", "D", "D records the needs the social worker found")
    pl.no("health.provision-missing", "G", "the health column has an asthma plan and reviews")
    pl.no("outcomes.education-only", "E",
          "the inhaler and youth club outcomes address health and community")
    pl.no("golden-thread.need-without-outcome", "E", "every area table has a timed outcome")
    pl.no("golden-thread.need-without-provision", "F", "every area table has provision")
    pl.no("consistency.other-name", None,
          "Akosua (mother), Kwesi (brother) and Eve Carter (social worker) are introduced")
    pl.no("stale.age-mismatch", None,
          "'Kofi is 13 and in Year 8' matches; 'in Year 1' in 2018 is history")
    pl.no("pfa.age-inappropriate", "E", "being a sound engineer is his hope in A, not an outcome")
    return pl


# ============================================================================================
# draft-middling-numbered-shaded-y9 — a draft for a 14-year-old with albinism and nystagmus
# (visual impairment), Year 9. Headings are shaded table bars. Sound on vision: a qualified
# teacher of the visually impaired advised and provides. Weak spots: no careers or
# preparing-for-adulthood advice, nothing on friends and community, his age misstated.
# ============================================================================================
def plan_draft_middling_numbered_shaded_y9():
    pl = Plan("draft-middling-numbered-shaded-y9", authority="Greymoor County Council",
              status="draft", layout="numbered", name="Tomasz Kowalczyk", dob="2012-01-10",
              plan_date="2026-03-16", titles=ms.numbered_titles({"*": " – "}),
              heading_style="shaded", sub_style="Heading3")
    front(pl, "Draft Education, Health and Care Plan", [
        ("Name", "Tomasz Kowalczyk"),
        ("Date of birth", "10/01/2012"),
        ("School", "Greyfriars Academy"),
        ("Year group", "Year 9"),
        ("Primary need", "Visual impairment (VI)"),
        ("Date request for assessment received", "2 December 2025"),
        ("Date draft plan issued", "16 March 2026"),
    ])

    pl.section("A")
    pl.p("Tomasz says: \u201cI like coding, Minecraft and swimming. I want to make video games "
         "when I'm older, maybe at college first. I hate it when teachers give me a worksheet "
         "I can't read and I have to ask in front of everyone.\u201d")
    pl.p("His dad, Marek, says Tomasz is clever and stubborn and wants to do everything "
         "himself. His sister Zofia helps him find things at home.")

    pl.section("B")
    pl.sub("Sensory and/or physical needs")
    pl.p("Tomasz is 13 and has a severe visual impairment. He needs print at 24 point or a "
         "magnifier, cannot read the board, and finds moving around crowded corridors and "
         "bright playgrounds hard.")
    pl.sub("Cognition and learning")
    pl.p("Tomasz's reasoning is strong, but he reads slowly and tires quickly, so he falls "
         "behind in written work and in subjects with many diagrams.")

    pl.section("C")
    pl.p("Tomasz has oculocutaneous albinism with nystagmus; his visual acuity is 6/60 in "
         "both eyes with glasses. He is seen once a year by the hospital eye service, and his "
         "skin burns easily in sunlight.")

    pl.section("D")
    pl.p("No social care needs have been identified; Tomasz and his dad were asked and "
         "confirmed this.")

    pl.section("E")
    outcome_table(pl, [
        ["Sensory and/or physical",
         "By July 2026, Tomasz will use his tablet camera and magnifier app to read the board "
         "in every lesson, without asking for a copy, for a half-term."],
        ["Cognition and learning",
         "By July 2026, Tomasz will finish 8 out of 10 timed class tasks in his modified "
         "large-print papers within the time allowed."],
        ["Education and employment (preparing for adulthood)",
         "By July 2026, Tomasz will choose his GCSE options after a visit to the college's "
         "games design course and a talk with its visual impairment support team."],
        ["Independent living (preparing for adulthood)",
         "By July 2026, Tomasz will travel on his own by bus from home to school using his "
         "monocular and a bus app, on 5 days in a row."],
        ["Good health (preparing for adulthood)",
         "By July 2026, Tomasz will put on his sun cream and hat before going outside, "
         "without being reminded, on every sunny day for a half-term."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["All class materials modified to 24-point print or sent to his tablet before each "
         "lesson.", "Every lesson", "Teaching assistant trained in modifying materials, "
         "checked by the Qualified Teacher of the Visually Impaired"],
        ["Teaching on using his tablet, magnifier app and touch-typing.",
         "1 session of 45 minutes a week", "Qualified Teacher of the Visually Impaired"],
        ["Mobility and independent travel training, including the bus route to school.",
         "8 sessions of 1 hour in the summer term", "Habilitation specialist, Greymoor "
         "Sensory Service"],
        ["Extra time (25%) and modified papers in tests and exams.", "All tests and exams",
         "Exams officer"],
        ["A visit to the college's games design course with his habilitation specialist.",
         "1 day in June 2026", "SENCo"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Eye examination, glasses and low-vision aids review.", "Once a year",
         "Consultant ophthalmologist and orthoptist, Greymoor Hospital Eye Service"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No social care provision is required.")

    pl.section("I")
    pl.p("This is a draft: Section 10 will be completed when the final plan is issued, after "
         "the council has consulted the setting Tomasz and his dad prefer.")

    pl.section("J")
    pl.p("Tomasz's dad has asked for a personal budget for specialist equipment; the council "
         "will agree the amount before the final plan is issued.")

    pl.section("K")
    advice_table(pl, [
        ["Tomasz's views", "Tomasz, with his Qualified Teacher of the Visually Impaired",
         "12 January 2026"],
        ["Parent's views", "Marek Kowalczyk (father)", "9 January 2026"],
        ["Educational advice", "Ms Ann Wells, SENCo, Greyfriars Academy", "16 January 2026"],
        ["Visual impairment advice", "Mrs Dina Roy, Qualified Teacher of the Visually "
         "Impaired, Greymoor Sensory Service", "14 January 2026"],
        ["Medical advice", "Dr Paul Grant, consultant ophthalmologist", "20 January 2026"],
        ["Psychological advice", "Dr Sara Quinn, educational psychologist", "2 February 2026"],
        ["Social care advice", "Greymoor Children's Services (no involvement)",
         "15 January 2026"],
    ])

    pl.expect_front(school_year="Year 9", primary_need="Visual impairment (VI)",
                    primary_need_code="VI", placement="Greyfriars Academy",
                    request_date="2 December 2025")
    pl.grade_band(["Requires improvement"],
                  "a specific, lawful draft on vision and learning, but no preparing-for-"
                  "adulthood advice in Year 9 (a statutory gap), nothing on friends and "
                  "community, and his age misstated")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("advice.required-missing", "K",
           "Year 9: no preparing-for-adulthood (careers) advice is listed")
    pl.exp("pfa.area-missing", "E",
           "area 3 (friends, relationships and community) is not covered in E, F, G or H")
    pl.exp("stale.age-mismatch", "B", "'Tomasz is 13': he was 14 at the plan date (16 March "
           "2026)")
    pl.no("draft.names-school", "I", "I names no setting; his school is in the front matter")
    pl.no("structure.section-empty", "I", "a draft may leave I open, and I says why")
    pl.no("structure.section-missing", None, "every section has a shaded heading bar")
    pl.no("health.needs-unrecorded", "C", "C records his albinism and nystagmus")
    pl.no("pfa.missing", "E", "education, independent living and health PfA outcomes exist")
    pl.no("consistency.other-name", None, "Marek (father) and Zofia (sister) are introduced")
    pl.no("outcomes.education-only", "E",
          "the sun-cream and independent-travel outcomes address health and independence")
    return pl


# ============================================================================================
# final-poor-numbered-age16 — a first final plan for a 16-year-old with type 1 diabetes,
# written without her: only her parents' and her school's views. G says only "N/A", every
# outcome is about exams and college, and it was issued 25 weeks after the request.
# ============================================================================================
def plan_final_poor_numbered_age16():
    pl = Plan("final-poor-numbered-age16", authority="Glenfield Borough Council",
              status="final", layout="numbered", name="Shannon McAllister", dob="2010-05-14",
              plan_date="2026-07-06", titles=ms.numbered_titles({"*": ": "}),
              heading_style="Heading1", sub_style="Heading2")
    front(pl, "Education, Health and Care Plan (Final)", [
        ("Name", "Shannon McAllister"),
        ("Date of birth", "14/05/2010"),
        ("School", "Glenfield Academy"),
        ("Year group", "Year 11"),
        ("Primary need", "Specific learning difficulty (SpLD)"),
        ("Date request for assessment received", "12 January 2026"),
        ("Date final plan issued", "6 July 2026"),
    ])

    pl.section("A")
    pl.sub("Parents' views")
    pl.p("Shannon's parents, Paula and Gary McAllister, say she is sociable and loves "
         "hairdressing and make-up. They worry that she hides her diabetes from her friends "
         "and that she will fall behind at college. They would like her to get a job in a "
         "salon one day.")
    pl.sub("School's views")
    pl.p("Her form tutor says Shannon is popular and works hard in practical subjects, but "
         "avoids reading aloud and often misses the start of lessons.")

    pl.section("B")
    pl.sub("Cognition and learning")
    pl.p("Shannon has dyslexia. Her reading is slow and she finds spelling and organising "
         "long written answers hard; she is expected to get grade 3 in English.")
    pl.sub("Social, emotional and mental health")
    pl.p("Shannon is anxious about her exams and about her diabetes being noticed by others.")

    pl.section("C")
    pl.p("Shannon has type 1 diabetes, diagnosed in 2019. She uses an insulin pump and a "
         "glucose sensor, and she has had two hypoglycaemic episodes in school this year. "
         "She is under the Glenfield Hospital paediatric diabetes team.")

    pl.section("D")
    pl.p("No social care needs have been identified; her parents confirmed this.")

    pl.section("E")
    outcome_table(pl, [
        ["Cognition and learning",
         "By July 2026, Shannon will achieve grade 4 in English Language using her exam "
         "access arrangements."],
        ["Social, emotional and mental health",
         "By July 2026, Shannon will sit all her GCSE exams in the main hall with her "
         "anxiety plan, missing none."],
        ["Education (preparing for adulthood)",
         "By September 2026, Shannon will start the Level 2 Hairdressing course at Glenfield "
         "College, after a taster day in June 2026."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["Support from a teaching assistant in lessons as required.", "As required",
         "Teaching assistant"],
        ["Exam access arrangements: 25% extra time and a reader.", "All GCSE exams",
         "Exams officer"],
        ["Transition to college: a taster day and a meeting with the college's learning "
         "support team.", "1 day and 1 meeting of 1 hour in June 2026", "SENCo"],
    ])

    pl.section("G")
    pl.p("N/A")

    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No social care provision is required.")

    pl.section("I")
    pl.p("Glenfield Academy, a mainstream secondary academy, until 31 July 2026; from "
         "September 2026, Glenfield College, a general further education college.")

    pl.section("J")
    pl.p("No personal budget has been requested.")

    pl.section("K")
    advice_table(pl, [
        ["Parents' views", "Paula and Gary McAllister (parents)", "2 February 2026"],
        ["Educational advice", "Mrs Kay Dent, SENCo, Glenfield Academy", "9 February 2026"],
        ["Medical advice", "Dr Imran Qureshi, consultant paediatrician (diabetes)",
         "23 February 2026"],
        ["Psychological advice", "Mr Leon Baptiste, educational psychologist",
         "3 March 2026"],
        ["Social care advice", "Glenfield Children's Services (no involvement)",
         "5 February 2026"],
        ["Preparing for adulthood advice", "Ms Nadia Frost, careers adviser", "10 March 2026"],
    ])
    ms.signature(pl, "Craig Ellis, SEND Officer", "6 July 2026")

    pl.expect_front(school_year="Year 11", primary_need="Specific learning difficulty (SpLD)",
                    primary_need_code="SpLD", placement="Glenfield Academy",
                    request_date="12 January 2026")
    pl.grade_band(["Inadequate"],
                  "her diabetes has no health provision (G 'N/A'), she is absent from her own "
                  "plan at 16, outcomes ignore health and independence, and it was 25 weeks late")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("structure.section-empty", "G", "Section G says only 'N/A'")
    pl.exp("health.provision-missing", "G",
           "C records type 1 diabetes with hypos in school; G specifies nothing")
    pl.exp("voice.child-absent", "A", "A has only her parents' and her tutor's views")
    pl.exp("pfa.young-person-voice", "A",
           "aged 16: A carries only her parents' and her school's views")
    pl.exp("outcomes.education-only", "E",
           "C records diabetes, and every outcome is about exams or college")
    pl.exp("pfa.area-missing", "E", "area 2 (independent living) is not covered")
    pl.exp("pfa.area-missing", "E", "area 3 (friends, relationships and community) is not "
           "covered")
    pl.exp("pfa.area-missing", "E", "area 4 (good health) is not covered: G is 'N/A'")
    pl.exp("provision.vague", "F", "'Support from a teaching assistant in lessons as required.'")
    pl.exp("provision.not-quantified", "F", "the teaching assistant support has no amount")
    pl.exp("timeliness.over-20-weeks", None,
           "request received 12 January 2026, plan issued 6 July 2026: 25 weeks")
    pl.exp("golden-thread.need-without-provision", "F",
           "B describes exam anxiety (SEMH) and F has nothing for it; the 'anxiety plan' in E "
           "is not provision")
    pl.no("voice.aspirations-missing", "A",
          "A records a hope for her future (a job in a salon), even if it is her parents'")
    pl.no("provision.no-provider", "F", "every item names a role")
    pl.no("transition.phase-transfer-missing", None,
          "Year 11: the move to Glenfield College is in E, F and I")
    pl.no("pfa.missing", "E", "the college outcome is preparing-for-adulthood content")
    pl.no("structure.section-empty", "J", "'No personal budget has been requested.' is a "
          "statement, not a placeholder")
    pl.no("stale.outcome-date-passed", "E", "July and September 2026 are after the plan date")
    return pl


# ============================================================================================
# final-good-lettered-bold-age18 — a good amended plan for an 18-year-old autistic young
# man with epilepsy, in the second year of a three-year college programme. Headings are bold
# plain paragraphs. Moves to adult epilepsy services and a Care Act assessment are planned;
# short breaks through a direct payment. His dad's "Connexions adviser in 2003" is history.
# ============================================================================================
def plan_final_good_lettered_bold_age18():
    pl = Plan("final-good-lettered-bold-age18", authority="Hartfield County Council",
              status="final", layout="lettered", name="Oluwaseun Bakare", dob="2008-02-11",
              plan_date="2026-06-22", titles=ms.LETTERED, heading_style="bold",
              sub_style="bold")
    front(pl, "Final Education, Health and Care Plan (amended following annual review)", [
        ("Name", "Oluwaseun Bakare"),
        ("Known as", "Seun"),
        ("Date of birth", "11 February 2008"),
        ("Education setting", "Hartfield College"),
        ("Primary need", "Autism (ASD)"),
        ("Date of annual review", "27 May 2026"),
        ("Date amended plan issued", "22 June 2026"),
    ])

    pl.section("A")
    pl.sub("About me")
    pl.p("I'm Seun and I'm 18. I'm in my second year at Hartfield College. I like fixing "
         "computers, gaming with my friends online and my dad's cooking. I don't like loud "
         "canteens or people changing plans without telling me.")
    pl.sub("My hopes for the future")
    pl.p("I want to work in IT support, maybe in a school or an office, and one day live in a "
         "flat with a friend. I want to go out more on my own.")
    pl.sub("My family's views")
    pl.p("My dad, Tunde, says I'm patient and good with people once I know them. He remembers "
         "his own Connexions adviser in 2003 telling him to \u201cget a trade\u201d, and he wants "
         "me to get proper advice about jobs.")

    pl.section("B")
    pl.sub("Communication and interaction")
    pl.p("Seun is autistic. He understands spoken language well but takes time to process "
         "long explanations, and he rarely asks for help in a group.")
    pl.sub("Cognition and learning")
    pl.p("Seun is working towards Functional Skills English Level 1 and maths Entry Level 3. "
         "He learns practical IT tasks quickly from written checklists.")

    pl.section("C")
    pl.p("Seun has epilepsy (focal seizures), controlled with lamotrigine twice a day; his "
         "last seizure was in November 2025. He is under the paediatric epilepsy clinic at "
         "Hartfield General Hospital and is moving to the adult epilepsy clinic this year.")

    pl.section("D")
    pl.p("A social care assessment by the Hartfield Preparing for Adulthood Team in March "
         "2026 found that Seun needs support to take part in activities in the community and "
         "to learn to travel and shop on his own, and that his dad needs regular breaks from "
         "caring.")

    pl.section("E")
    outcome_table(pl, [
        ["Employment (preparing for adulthood)",
         "By July 2027, Seun will complete a 6-week work placement on the college IT help "
         "desk, logging and solving at least 10 help requests a week with his checklist."],
        ["Communication and interaction",
         "By March 2027, Seun will ask his tutor or a classmate for help in a group task at "
         "least once a lesson, in 4 out of 5 lessons observed."],
        ["Cognition and learning",
         "By July 2027, Seun will pass Functional Skills English Level 1 and maths Entry "
         "Level 3."],
        ["Independent living (preparing for adulthood)",
         "By March 2027, Seun will cook 3 simple meals from a recipe app on his own in the "
         "college training kitchen, with no more than one prompt."],
        ["Friends, relationships and community (preparing for adulthood)",
         "By December 2026, Seun will go to the Thursday gaming club at Hartfield Library "
         "with his personal assistant, then on his own for the last 4 weeks of the term."],
        ["Good health (preparing for adulthood)",
         "By December 2026, Seun will order his repeat prescription on the NHS App and take "
         "his epilepsy medicine twice a day on his own, checked on his chart for 4 weeks."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["Study programme: Foundation IT, Functional Skills English and maths, and "
         "employability.", "16 hours a week, 36 weeks a year",
         "College lecturers; Functional Skills tutor"],
        ["Learning support in IT and Functional Skills lessons: instructions broken into "
         "written checklists and checked for understanding.", "10 hours a week",
         "Learning support assistant trained in autism"],
        ["A work placement on the college IT help desk, with a job coach for the first 2 "
         "weeks.", "6 weeks, 2 days a week, from April 2027",
         "Job coach, Hartfield College Supported Employment Team"],
        ["Independent living skills: cooking, budgeting and shopping.",
         "1 session of 2 hours a week", "Independent living skills tutor"],
        ["Careers guidance on IT support jobs and apprenticeships.",
         "2 interviews of 45 minutes a year", "Careers adviser (Level 6 qualified)"],
        ["Planning his move on from college: visits to 2 supported internship providers and "
         "an apprenticeship taster.", "3 visits between January and March 2027",
         "Transition coordinator, Hartfield College"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["A joint transition appointment with the paediatric and adult epilepsy teams, then "
         "care from the adult epilepsy clinic.", "1 joint appointment in September 2026, "
         "then reviews every 6 months", "Consultant neurologist and epilepsy nurse "
         "specialist, Hartfield General Hospital"],
        ["Epilepsy awareness and emergency medicine training for college staff who work "
         "with Seun.", "1 session of 2 hours each September", "Epilepsy nurse specialist"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    provision_table(pl, [
        ["A personal assistant for community activities and travel training.",
         "6 hours a week, 48 weeks a year",
         "Personal assistant employed through the direct payment in Section J"],
    ], headers=CARE_HEADERS)
    pl.section("H2")
    provision_table(pl, [
        ["A transition assessment under the Care Act 2014, so that adult social care support "
         "is agreed before he leaves college.", "1 assessment, completed by 31 March 2027",
         "Social worker, Hartfield Preparing for Adulthood Team"],
    ], headers=CARE_HEADERS)

    pl.section("I")
    pl.p("Hartfield College, a general further education college: Foundation Learning (IT) "
         "study programme, third year, September 2026 to July 2027.")

    pl.section("J")
    pl.p("Seun receives a direct payment of \u00a34,896 a year to employ the personal assistant "
         "in Section H1 (288 hours at \u00a317 an hour).")

    pl.section("K")
    advice_table(pl, [
        ["Seun's views", "Seun, with his tutor", "28 April 2026"],
        ["Parent's views", "Tunde Bakare (father)", "27 April 2026"],
        ["Educational advice", "Ms Ingrid Vale, additional learning support manager, "
         "Hartfield College", "5 May 2026"],
        ["Medical advice", "Dr Alan Osei, consultant paediatric neurologist", "12 May 2026"],
        ["Psychological advice", "Dr Kate Moss, educational psychologist", "18 March 2026"],
        ["Social care advice", "Mr Luke Hart, social worker, Preparing for Adulthood Team",
         "20 March 2026"],
        ["Preparing for adulthood advice", "Ms Ruth Ibe, careers adviser", "7 May 2026"],
    ])

    pl.expect_front(review_date="27 May 2026", preferred_name="Seun",
                    primary_need="Autism (ASD)", primary_need_code="ASD",
                    placement="Hartfield College")
    pl.grade_band(["Good", "Outstanding"],
                  "his own voice, all four PfA areas, the moves to adult epilepsy care and "
                  "adult social care planned, short breaks provided; nothing to raise")
    # ---- labels -------------------------------------------------------------------------
    pl.no("stale.obsolete-terminology", "A",
          "'Connexions' is his dad's memory of 2003: plainly history")
    pl.no("structure.section-missing", None,
          "every section has its own bold heading paragraph (no heading styles)")
    pl.no("pfa.adult-transition-missing", None,
          "G plans the move to the adult epilepsy clinic; H2 a Care Act transition assessment")
    pl.no("transition.phase-transfer-missing", None,
          "Year 13 by age: he stays for a third college year, and F plans his move on from "
          "college (internship and apprenticeship visits)")
    pl.no("social-care.provision-missing", "H1", "D's needs are met in H1, H2 and J")
    pl.no("pfa.young-person-voice", "A", "A is in Seun's own words")
    pl.no("consistency.other-name", None, "Tunde (father) and the professionals are introduced")
    pl.no("stale.age-mismatch", None, "'I'm 18' matches 11 February 2008 at 22 June 2026")
    return pl


# ============================================================================================
# final-poor-lettered-age19 — a 19-year-old at college, plan issued in September 2025 and not
# reviewed since. Every outcome only keeps things as they are, one is dated before the plan,
# nothing on good health, and nothing on adult health or adult social care.
# ============================================================================================
def plan_final_poor_lettered_age19():
    pl = Plan("final-poor-lettered-age19", authority="Westbury Vale Council", status="final",
              layout="lettered", name="Bethany Clarke", dob="2006-06-03",
              plan_date="2025-09-08", titles=ms.LETTERED, heading_style="Heading1",
              sub_style="Heading2")
    front(pl, "Final Education, Health and Care Plan (amended)", [
        ("Name", "Bethany Clarke"),
        ("Date of birth", "3 June 2006"),
        ("Education setting", "Westbury College"),
        ("Primary need", "Moderate learning difficulty (MLD)"),
        ("Date of annual review", "14 July 2025"),
        ("Date amended plan issued", "8 September 2025"),
    ])

    pl.section("A")
    pl.sub("My views")
    pl.p("I'm Bethany. I'm 19 and I'm starting my second year at Westbury College. I love "
         "horses and I help at the riding stables on Saturdays. When I leave college I want "
         "to work at a stables or a farm park, and one day I want to learn to drive.")
    pl.sub("My mum's views")
    pl.p("Bethany's mum, Julie, says Bethany is kind and reliable and is happiest outdoors. "
         "She worries about what Bethany will do when college ends.")

    pl.section("B")
    pl.sub("Cognition and learning")
    pl.p("Bethany has a moderate learning difficulty. She reads simple texts and handles "
         "money up to \u00a310 with a calculator.")
    pl.sub("Communication and interaction")
    pl.p("She finds it hard to follow conversations in groups and does not say when she has "
         "not understood.")

    pl.section("C")
    pl.p("Bethany has no health needs related to her special educational needs; her GP, Dr "
         "Aled Morgan, confirmed this in June 2025.")

    pl.section("D")
    pl.p("No social care needs have been identified; Bethany and her mum were asked and "
         "confirmed this.")

    pl.section("E")
    outcome_table(pl, [
        ["Education (preparing for adulthood)",
         "By July 2026, Bethany will continue to attend college 4 days a week."],
        ["Independent living (preparing for adulthood)",
         "By July 2026, Bethany will continue to travel to college on the bus on her own."],
        ["Cognition and learning",
         "By July 2025, Bethany will maintain her Entry Level 3 maths, using money up to "
         "\u00a310 correctly in the college shop."],
        ["Communication and interaction",
         "By July 2026, Bethany will continue to use her communication card to tell staff when "
         "she has not understood."],
        ["Friends and community (preparing for adulthood)",
         "By July 2026, Bethany will continue to meet her two friends from college at the "
         "leisure centre once a week."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["Entry Level 3 Life Skills study programme.", "16 hours a week, 36 weeks a year",
         "College lecturers, Westbury College"],
        ["Learning support in lessons.", "8 hours a week", "Learning support assistant"],
        ["Conversation skills group, following a speech and language therapy programme.",
         "1 session of 45 minutes a week, group of 4",
         "Learning support assistant; programme set and reviewed each term by a speech and "
         "language therapist"],
        ["Money skills in the college shop.", "1 hour a week", "Life skills tutor"],
    ])

    pl.section("G")
    pl.p("No health provision is required, because Section C records no health needs.")
    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No social care provision is required.")

    pl.section("I")
    pl.p("Westbury College, a general further education college: Entry Level 3 Life Skills "
         "programme, September 2025 to July 2026.")

    pl.section("J")
    pl.p("Bethany has not asked for a personal budget; she was told about them at her review.")

    pl.section("K")
    advice_table(pl, [
        ["Bethany's views", "Bethany, with her tutor", "16 June 2025"],
        ["Parent's views", "Julie Clarke (mother)", "16 June 2025"],
        ["Educational advice", "Mr Owen Pike, learning support manager, Westbury College",
         "23 June 2025"],
        ["Medical advice", "Dr Aled Morgan, GP", "20 June 2025"],
        ["Psychological advice", "Dr Fay Linton, educational psychologist", "10 March 2025"],
        ["Social care advice", "Westbury Vale Adult Social Care (no involvement)",
         "18 June 2025"],
        ["Preparing for adulthood advice", "Ms Tara Gill, careers adviser", "30 June 2025"],
    ])
    ms.signature(pl, "Neil Carver, SEND Officer", "8 September 2025")

    pl.expect_front(review_date="14 July 2025", primary_need="Moderate learning difficulty "
                    "(MLD)", primary_need_code="MLD", placement="Westbury College")
    pl.grade_band(["Inadequate", "Requires improvement"],
                  "not reviewed for over a year (a statutory breach), outcomes only keep her "
                  "where she is, and nothing plans her move to adult life or work")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("stale.review-overdue", None,
           "issued 8 September 2025 after a review on 14 July 2025: more than 12 months before "
           "the audit date")
    pl.exp("outcomes.not-aspirational", "E",
           "every outcome says 'continue to' or 'maintain'; none connects to her hope of "
           "working at a stables or learning to drive")
    pl.exp("stale.outcome-date-passed", "E",
           "the maths outcome is due July 2025, before the plan date (8 September 2025)")
    pl.exp("pfa.area-missing", "E", "area 4 (good health) is not covered in E, F, G or H")
    pl.exp("pfa.adult-transition-missing", None,
           "aged 19: nothing about adult health services or adult social care")
    pl.no("pfa.missing", "E", "education, independent living and community outcomes exist")
    pl.no("outcomes.not-measurable", "E",
          "each outcome has a count or an observable act, even if it aims too low")
    pl.no("outcomes.education-only", "E", "C and D record no needs")
    pl.no("health.needs-unrecorded", "C",
          "C reports that her GP found no health needs; nothing elsewhere names a condition")
    pl.no("stale.advice-outdated", "K",
          "the oldest advice (10 March 2025) is within 12 months of the plan date")
    pl.no("consistency.other-name", None, "Julie (mother) and the professionals are introduced")
    pl.no("stale.age-mismatch", None, "'I'm 19' matches 3 June 2006 at 8 September 2025")
    pl.no("pfa.over-age", None, "aged 19")
    pl.no("transition.phase-transfer-missing", None, "not in a transfer year")
    return pl


# ============================================================================================
# final-poor-numbered-age21 — a 21-year-old on a supported internship. Copied from another
# plan: "Callum" in an outcome and "she" in a provision item. D says he has no social care
# needs while A describes monthly respite; no social care advice; job coaching with nobody
# named. Adult epilepsy care is in place (history of the transfer).
# ============================================================================================
def plan_final_poor_numbered_age21():
    pl = Plan("final-poor-numbered-age21", authority="Pennock Vale Council", status="final",
              layout="numbered", name="Daniel Mwangi", dob="2005-01-25", plan_date="2026-02-09",
              titles=ms.numbered_titles({"*": " – "}), heading_style="LAHeading",
              sub_style="LASubHeading")
    front(pl, "Final Education, Health and Care Plan", [
        ("Name", "Daniel Mwangi"),
        ("Date of birth", "25/01/2005"),
        ("Education setting", "Pennock Vale College"),
        ("Primary need", "Severe learning difficulty (SLD)"),
        ("Date of last annual review", "12 January 2026"),
        ("Date amended plan issued", "9 February 2026"),
    ])

    pl.section("A")
    pl.p("Daniel told us: \u201cI like buses, trains and football. I want a job at the train "
         "station. I like staying at Oak House.\u201d")
    pl.p("His mum, Grace, says Daniel goes to Oak House for respite one weekend a month, which "
         "gives the family a rest, and he loves it. She hopes he will get a paid job and more "
         "independence.")

    pl.section("B")
    pl.sub("Cognition and learning")
    pl.p("Daniel has a severe learning difficulty. He recognises about 50 written words and "
         "counts reliably to 20.")
    pl.sub("Communication and interaction")
    pl.p("He speaks in short sentences and uses a communication book with symbols for new "
         "places and people.")

    pl.section("C")
    pl.p("Daniel has epilepsy, controlled with medication. His care moved from the children's "
         "epilepsy clinic to the adult epilepsy service at Pennock General Hospital in 2023, "
         "and the adult learning disability nurse sees him once a year.")

    pl.section("D")
    pl.p("Daniel has no social care needs.")

    pl.section("E")
    outcome_table(pl, [
        ["Employment (preparing for adulthood)",
         "By July 2026, Daniel will work in the station café on his supported internship 2 "
         "days a week, clearing tables and restocking shelves from a picture checklist, with "
         "his job coach checking once an hour."],
        ["Independent living (preparing for adulthood)",
         "By July 2026, Callum will travel by train from home to the station café on his "
         "own, 3 times a week."],
        ["Friends and community (preparing for adulthood)",
         "By July 2026, Daniel will play for the Pennock Vale inclusive football team every "
         "Saturday for a season."],
        ["Good health (preparing for adulthood)",
         "By July 2026, Daniel will show staff his seizure card every time he feels a seizure "
         "coming, recorded by his job coach."],
        ["Communication and interaction",
         "By July 2026, Daniel will use his communication book to order his lunch in the café "
         "on his own, on 4 days out of 5."],
        ["Cognition and learning",
         "By July 2026, Daniel will read the 20 words on his work checklist and count change "
         "up to \u00a35 correctly, 4 times out of 5."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["Supported internship at Pennock Vale Station café, with classroom learning at "
         "college.", "3 days a week, 36 weeks a year",
         "Supported internship tutor, Pennock Vale College"],
        ["Job coaching on the supported internship.", "2 days a week", ""],
        ["Travel training on the train route from home to the café.",
         "6 sessions of 2 hours in the spring term",
         "Independent travel trainer, Pennock Vale Council"],
        ["Reading and number work using his work words and money.",
         "2 sessions of 1 hour a week", "Functional Skills tutor"],
        ["Communication book updated with symbols for her new workplace, and she will be "
         "shown how to use it at each new task.", "1 hour a week",
         "Speech and language therapist"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Annual health check.", "Once a year", "GP (learning disability register)"],
        ["Epilepsy review.", "Once a year",
         "Consultant neurologist, adult epilepsy service, Pennock General Hospital"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    pl.p("No social care provision is required.")
    pl.section("H2")
    pl.p("No social care provision is required.")

    pl.section("I")
    pl.p("Pennock Vale College, a general further education college: supported internship "
         "programme, placed at Pennock Vale Station café.")

    pl.section("J")
    pl.p("Daniel's mum has not asked for a personal budget.")

    pl.section("K")
    advice_table(pl, [
        ["Daniel's views", "Daniel, with his tutor", "1 December 2025"],
        ["Parent's views", "Grace Mwangi (mother)", "1 December 2025"],
        ["Educational advice", "Ms Helen Achebe, supported internship coordinator, Pennock "
         "Vale College", "5 December 2025"],
        ["Medical advice", "Dr Tom Reilly, consultant neurologist", "8 December 2025"],
        ["Psychological advice", "Dr Asha Kapoor, educational psychologist", "15 October 2025"],
        ["Preparing for adulthood advice", "Mr Jon Kerr, careers adviser", "10 December 2025"],
    ])

    pl.expect_front(review_date="12 January 2026",
                    primary_need="Severe learning difficulty (SLD)", primary_need_code="SLD",
                    placement="Pennock Vale College")
    pl.grade_band(["Inadequate"],
                  "another person's name and pronoun copied in, respite ignored in D and H, no "
                  "social care advice, job coaching with nobody to deliver it")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("consistency.other-name", "E",
           "'Callum will travel by train…' in Daniel's plan: a name the plan never introduces")
    pl.exp("consistency.pronoun-mixed", "F",
           "'her new workplace' and 'she will be shown' about Daniel, who is 'he' elsewhere")
    pl.exp("social-care.needs-unrecorded", "D",
           "D says he has no social care needs, but A describes monthly respite at Oak House")
    pl.exp("advice.required-missing", "K", "no social care advice is listed")
    pl.exp("provision.no-provider", "F", "the job coaching row's 'Delivered by' cell is empty")
    pl.no("social-care.provision-missing", "H1",
          "D records no needs (wrongly): the fault is social-care.needs-unrecorded")
    pl.no("structure.section-empty", "D",
          "'Daniel has no social care needs.' is a statement, not a placeholder (it is wrong, "
          "which is social-care.needs-unrecorded)")
    pl.no("pfa.adult-transition-missing", None,
          "C records the move to the adult epilepsy service and the adult learning disability "
          "nurse")
    pl.no("pfa.area-missing", "E", "employment, independent living, community and health "
          "outcomes are all present")
    pl.no("health.needs-unrecorded", "C", "C records his epilepsy")
    pl.no("pfa.young-person-voice", "A", "A quotes Daniel himself")
    pl.no("stale.age-mismatch", None, "no age or year group is stated in the text")
    return pl


# ============================================================================================
# final-middling-titled-age22 — a 22-year-old autistic man at a specialist college, sections
# named by title. Good on work, home and adult social care (a Care Act assessment); weak on
# health: the only medical advice is 14 months old and nothing covers good health. "Up to 10
# hours" of personal assistant support. Near misses: "has never needed to see CAMHS" (a
# negation) and "might" inside Kwame's own words.
# ============================================================================================
def plan_final_middling_titled_age22():
    pl = Plan("final-middling-titled-age22", authority="Lindley Borough Council",
              status="final", layout="titled", name="Kwame Boateng", dob="2004-04-02",
              plan_date="2026-05-18", titles=ls.TITLED, heading_style="Heading1",
              sub_style="Heading2")
    front(pl, "Education, Health and Care Plan – Final (amended after annual review)", [
        ("Name", "Kwame Boateng"),
        ("Date of birth", "02/04/2004"),
        ("Placement", "Ashdown Specialist College"),
        ("Primary need", "Autism (ASD)"),
        ("Date of annual review", "20 April 2026"),
        ("Date amended plan issued", "18 May 2026"),
    ])

    pl.section("A")
    pl.sub("About me")
    pl.p("I'm Kwame. I'm 22 and in my last year at Ashdown Specialist College. I love making "
         "music on my laptop, cooking jollof rice and walking my sister Abena's dog. I want to "
         "work in a recording studio or a music shop and live in my own flat with some support.")
    pl.sub("My mum's views")
    pl.p("My mum, Efua, says I am fit and well and have never needed to see CAMHS or a "
         "psychiatrist. She wants me to have a job and friends of my own.")

    pl.section("B")
    pl.sub("Communication and interaction")
    pl.p("Kwame is autistic. He speaks fluently but takes things literally and finds it hard "
         "to start a conversation with someone he does not know.")
    pl.sub("Social, emotional and mental health")
    pl.p("Kwame becomes very anxious when his routine changes without warning and can shut "
         "down for up to an hour.")

    pl.section("C")
    pl.p("Kwame has no health needs related to his special educational needs; his GP, Dr "
         "Chiara Bianchi, confirmed this in March 2025.")

    pl.section("D")
    pl.p("Lindley Adult Social Care assessed Kwame under the Care Act 2014 in February 2026. "
         "He has eligible needs: he needs prompting to plan meals, manage money and keep to a "
         "routine at home, and support to travel to new places.")

    pl.section("E")
    outcome_table(pl, [
        ["Employment (preparing for adulthood)",
         "By July 2027, Kwame will work 2 shifts a week in a music shop on a supported "
         "internship, serving customers at the till with his job coach nearby for no more "
         "than the first hour."],
        ["Independent living (preparing for adulthood)",
         "By March 2027, Kwame will plan, shop for and cook 4 evening meals a week in the "
         "college training flat, using his weekly planner."],
        ["Communication and community (preparing for adulthood)",
         "By December 2026, Kwame will start a conversation with someone new at the college "
         "music society or a community open-mic night, on 3 occasions in a term."],
        ["Social, emotional and mental health",
         "By December 2026, Kwame will use his change plan to cope with an unexpected change "
         "and go back to his task within 15 minutes, in 4 out of 5 changes recorded."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["Music technology and employability study programme.",
         "18 hours a week, 38 weeks a year", "College tutors, Ashdown Specialist College"],
        ["Supported internship placement in a music shop.",
         "2 days a week from September 2026", "Job coach, Ashdown Specialist College"],
        ["Independent living skills in the college training flat, using his weekly planner. "
         "In Kwame's words: \u201cI might need a reminder, but I can do it.\u201d",
         "3 sessions of 2 hours a week", "Independent living tutor"],
        ["Social communication group.", "1 session of 1 hour a week, group of 6",
         "Speech and language therapist"],
        ["A change plan for each week and a daily check-in to manage anxiety.",
         "10 minutes daily", "Key worker trained in autism"],
    ])

    pl.section("G")
    pl.p("No health provision is required, because no health needs are recorded in part 3.")

    pl.section("H1")
    provision_table(pl, [
        ["Support from a personal assistant at home to plan meals, budget and keep to his "
         "routine.", "Up to 10 hours a week",
         "Personal assistant employed through the direct payment in part 11"],
        ["Travel training to new places.", "6 sessions of 2 hours, September to October 2026",
         "Independent travel trainer, Lindley Borough Council"],
    ], headers=CARE_HEADERS)
    pl.section("H2")
    pl.p("No other social care provision is required.")

    pl.section("I")
    pl.p("Ashdown Specialist College, an independent specialist post-16 institution "
         "(residential in term time), until July 2027.")

    pl.section("J")
    pl.p("Kwame receives a direct payment of \u00a38,840 a year for the personal assistant in "
         "part 8 (520 hours at \u00a317 an hour).")

    pl.section("K")
    advice_table(pl, [
        ["Kwame's views", "Kwame, with his key worker", "20 March 2026"],
        ["Parent's views", "Efua Boateng (mother)", "20 March 2026"],
        ["Educational advice", "Mrs Lynn Bright, head of learning, Ashdown Specialist "
         "College", "27 March 2026"],
        ["Medical advice", "Dr Chiara Bianchi, GP", "3 March 2025"],
        ["Psychological advice", "Dr Yusuf Amin, educational psychologist", "9 February 2026"],
        ["Social care advice", "Ms Joy Harper, social worker, Lindley Adult Social Care",
         "12 February 2026"],
        ["Preparing for adulthood advice", "Mr Carl Webb, careers adviser", "24 March 2026"],
    ])

    pl.expect_front(review_date="20 April 2026", primary_need="Autism (ASD)",
                    primary_need_code="ASD", placement="Ashdown Specialist College")
    pl.grade_band(["Requires improvement", "Good"],
                  "strong on work, home and adult social care, but the medical advice is 14 "
                  "months old, good health is not covered and PA hours are 'up to'")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("stale.advice-outdated", "K",
           "medical advice of 3 March 2025, more than 12 months before the plan date")
    pl.exp("pfa.area-missing", "E", "area 4 (good health) is not covered in E, F, G or H")
    pl.exp("provision.vague", "H1", "'Up to 10 hours a week' of personal assistant support")
    pl.no("provision.vague", "F", "'might' appears only inside Kwame's quoted words")
    pl.no("health.needs-unrecorded", "C",
          "A says he has 'never needed to see CAMHS or a psychiatrist': a negation")
    pl.no("pfa.adult-transition-missing", None,
          "D records a Care Act assessment by adult social care")
    pl.no("social-care.provision-missing", "H1", "D's needs are met in H1 and J")
    pl.no("social-care.needs-unrecorded", "D", "D records the needs H1 provides for")
    pl.no("health.provision-missing", "G", "C records no health needs")
    pl.no("outcomes.education-only", "E", "C records no needs; D's needs have the independent "
          "living outcome")
    pl.no("consistency.other-name", None, "Abena (sister), Efua (mother) are introduced")
    pl.no("stale.age-mismatch", None, "'I'm 22' matches 02/04/2004 at 18 May 2026")
    return pl


# ============================================================================================
# final-good-numbered-age23 — a good amended plan for a 23-year-old with cerebral palsy on a
# supported internship, planning paid work and a move to supported living. "Wheelchair access
# to every room" is a legitimate use of "access to".
# ============================================================================================
def plan_final_good_numbered_age23():
    pl = Plan("final-good-numbered-age23", authority="Brackwater County Council",
              status="final", layout="numbered", name="Siobhan Gallagher", dob="2003-03-30",
              plan_date="2026-07-31", titles=ms.numbered_titles({"*": " – "}),
              heading_style="Heading2", sub_style="Heading3")
    front(pl, "EHC Plan – amended following annual review (Final)", [
        ("Name", "Siobhan Gallagher"),
        ("Date of birth", "30/03/2003"),
        ("Education setting", "Brackwater College"),
        ("Primary need", "Physical disability (PD)"),
        ("Date of annual review", "6 July 2026"),
        ("Date amended plan issued", "31 July 2026"),
    ])

    pl.section("A")
    pl.sub("About me")
    pl.p("I'm Siobhan and I'm 23. I use a powered wheelchair, and a communication app on my "
         "tablet for long conversations. I'm on a supported internship in the medical records "
         "office at Brackwater Hospital and I love it.")
    pl.sub("My hopes")
    pl.p("I want a paid office job by next summer, and I want to move into a shared "
         "supported-living flat with my friend Niamh.")
    pl.sub("My family's views")
    pl.p("My dad, Declan, says I have worked hard for this and he wants the plan to help me "
         "into a real job before it ends.")

    pl.section("B")
    pl.sub("Physical needs")
    pl.p("Siobhan has cerebral palsy affecting all four limbs. She needs help to transfer, and "
         "fine motor tasks such as writing and filing are slow.")
    pl.sub("Communication and interaction")
    pl.p("New listeners find her speech hard to understand, so she uses her communication "
         "app on the phone and with strangers.")
    pl.sub("Cognition and learning")
    pl.p("Siobhan reads well but processes numbers slowly, so data entry takes her longer.")

    pl.section("C")
    pl.p("Siobhan has cerebral palsy. She is seen by the adult physiotherapy service and the "
         "adult neurology team at Brackwater Hospital, having moved from children's services "
         "in 2021. She has reflux, treated with daily medication from her GP.")

    pl.section("D")
    pl.p("Brackwater Adult Social Care assessed Siobhan under the Care Act 2014 in May 2026. "
         "She has eligible needs for help with personal care, meals and travel to her "
         "internship, and she wants to move to supported living.")

    pl.section("E")
    outcome_table(pl, [
        ["Employment (preparing for adulthood)",
         "By July 2027, Siobhan will be in paid office work of at least 16 hours a week, with "
         "the adjustments in her Access to Work plan in place."],
        ["Cognition and learning",
         "By March 2027, Siobhan will enter 40 patient records an hour accurately on her "
         "adapted keyboard, checked by her supervisor."],
        ["Communication and interaction",
         "By December 2026, Siobhan will answer 5 phone enquiries a day in the records office "
         "on her own, using her communication app."],
        ["Independent living (preparing for adulthood)",
         "By July 2027, Siobhan will move into a shared supported-living flat and direct her "
         "personal assistants' morning routine herself, using her care plan."],
        ["Friends and community (preparing for adulthood)",
         "By December 2026, Siobhan will go to the Thursday boccia club with Niamh every week "
         "for a term, booking her accessible taxi herself."],
        ["Good health (preparing for adulthood)",
         "By December 2026, Siobhan will do her stretching programme with her personal "
         "assistant 5 days a week and book her own physiotherapy reviews."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["Supported internship in the medical records office, with classroom employability "
         "sessions.", "4 days a week, 36 weeks a year",
         "Supported internship tutor and job coach, Brackwater College"],
        ["Adapted keyboard, trackball and a height-adjustable desk, and wheelchair access to "
         "every room she works in.", "Every working day; equipment checked each term",
         "Job coach, to the occupational therapist's specification"],
        ["Speech and language therapy on using her communication app for phone calls.",
         "6 sessions of 45 minutes in the autumn term",
         "Speech and language therapist, Brackwater Adult Community Services"],
        ["Job search and help with her Access to Work application.",
         "1 session of 1 hour a week from January 2027", "Employment adviser, Brackwater "
         "College"],
        ["Number skills for data entry.", "1 session of 1 hour a week",
         "Functional Skills tutor"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Physiotherapy review and a stretching programme taught to her personal assistants.",
         "1 review every 3 months", "Physiotherapist, Brackwater Adult Physiotherapy Service"],
        ["Wheelchair and seating review.", "Once a year",
         "Rehabilitation engineer, Brackwater Wheelchair Service"],
        ["Reflux and medication review.", "Every 6 months", "GP"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    provision_table(pl, [
        ["Personal assistants for personal care in the morning and evening.",
         "21 hours a week (3 hours a day)",
         "Personal assistants employed through the direct payment in Section 11"],
        ["Accessible taxi to and from her internship.", "4 return journeys a week",
         "Brackwater Adult Social Care transport team"],
    ], headers=CARE_HEADERS)
    pl.section("H2")
    provision_table(pl, [
        ["Planning her move to supported living: visits, a tenancy and support from a "
         "tenancy support worker.",
         "6 planning meetings of 1 hour by April 2027, then 4 hours a week for 3 months "
         "after the move", "Supported living coordinator, Brackwater Adult Social Care"],
    ], headers=CARE_HEADERS)

    pl.section("I")
    pl.p("Brackwater College, a general further education college: supported internship at "
         "Brackwater Hospital, September 2026 to July 2027.")

    pl.section("J")
    pl.p("Siobhan receives a direct payment of \u00a318,564 a year for the personal assistants "
         "in Section 8 (1,092 hours at \u00a317 an hour).")

    pl.section("K")
    advice_table(pl, [
        ["Siobhan's views", "Siobhan, with her job coach", "8 June 2026"],
        ["Parent's views", "Declan Gallagher (father)", "8 June 2026"],
        ["Educational advice", "Ms Ruth Ferris, supported internship tutor, Brackwater "
         "College", "15 June 2026"],
        ["Medical advice", "Dr Kieran Walsh, consultant neurologist", "2 June 2026"],
        ["Psychological advice", "Dr Lena Marsh, educational psychologist", "20 November 2025"],
        ["Social care advice", "Mr Sam Ellery, social worker, Brackwater Adult Social Care",
         "19 May 2026"],
        ["Preparing for adulthood advice", "Ms Asha Patel, careers adviser", "12 June 2026"],
    ])

    pl.expect_front(review_date="6 July 2026", primary_need="Physical disability (PD)",
                    primary_need_code="PD", placement="Brackwater College")
    pl.grade_band(["Good", "Outstanding"],
                  "her own voice and hopes drive every outcome; work, home, community and "
                  "health all planned, with adult services in place; nothing to raise")
    # ---- labels -------------------------------------------------------------------------
    pl.no("provision.vague", "F", "'wheelchair access to every room' is a physical adjustment "
          "and 'Access to Work' is the name of a government scheme: neither is non-committal")
    pl.no("pfa.age-inappropriate", "E",
          "a tenancy and paid work suit a 23-year-old (the rule is about under-11s and "
          "early-years outcomes at 16+)")
    pl.no("pfa.adult-transition-missing", None,
          "adult physiotherapy, adult neurology and adult social care (Care Act) are in place")
    pl.no("pfa.over-age", None, "aged 23: the plan may continue until the July after she "
          "turns 25")
    pl.no("consistency.other-name", None,
          "Niamh (friend) and Declan (father) are introduced")
    pl.no("consistency.pronoun-mixed", None, "'he' refers to her dad")
    pl.no("stale.age-mismatch", None, "'I'm 23' matches 30/03/2003 at 31 July 2026")
    return pl


# ============================================================================================
# draft-middling-lettered-incell-age24 — a draft amended plan for a 24-year-old; A, C, D, I
# and J have their headings in the left cell of a two-column table, the rest Word headings;
# one combined Section H. Weak spots: "his bag … he" about Lucía, an unquantified personal
# assistant, and one outcome without a date. Not over age: she turns 25 in March 2027.
# ============================================================================================
def plan_draft_middling_lettered_incell_age24():
    pl = Plan("draft-middling-lettered-incell-age24", authority="Dunholm City Council",
              status="draft", layout="lettered", name="Lucía Fernández", dob="2002-03-12",
              plan_date="2026-11-09", titles=ms.LETTERED, heading_style="Heading1",
              sub_style="Heading2")
    front(pl, "Draft Education, Health and Care Plan (changes after annual review)", [
        ("Name", "Lucía Fernández"),
        ("Date of birth", "12/03/2002"),
        ("Education setting", "Dunholm College"),
        ("Primary need", "Social, emotional and mental health (SEMH)"),
        ("Date of draft plan", "9 November 2026"),
    ])

    ls.cell_section(pl, "A", [
        "Lucía says: \u201cI'm 24. I want to finish my Level 2 in childcare and work in a "
        "nursery. I'd like to share a house with friends and not depend on my mum for "
        "everything.\u201d",
        "Her mum, Carmen, says Lucía has grown in confidence since starting college and hopes "
        "she will find work she enjoys.",
    ])

    pl.section("B")
    pl.sub("Cognition and learning")
    pl.p("Lucía has a moderate learning difficulty. She reads at about Entry Level 3 and "
         "needs extra time and help to plan written assignments.")
    pl.sub("Social, emotional and mental health")
    pl.p("Lucía has panic attacks in new situations and has missed 1 day in 5 at college "
         "this year.")

    ls.cell_section(pl, "C", [
        "Lucía has generalised anxiety disorder. She is having cognitive behavioural therapy "
        "from Dunholm NHS Talking Therapies, an adult mental health service.",
    ])
    ls.cell_section(pl, "D", [
        "Dunholm Adult Social Care assessed Lucía under the Care Act 2014 in June 2026. She "
        "has eligible needs: she needs support to travel to new places and to take part in "
        "activities outside her home.",
    ])

    pl.section("E")
    outcome_table(pl, [
        ["Education (preparing for adulthood)",
         "By July 2027, Lucía will complete her Level 2 Certificate in Early Years Practice, "
         "handing in every assignment by its deadline with her extra time."],
        ["Employment (preparing for adulthood)",
         "By March 2027, Lucía will do a work placement at a day nursery 1 day a week for 10 "
         "weeks, arriving on time every week."],
        ["Social, emotional and mental health",
         "By March 2027, Lucía will use her panic plan to stay in a new situation for 20 "
         "minutes, on 4 out of 5 occasions recorded by her mentor."],
        ["Friends and community (preparing for adulthood)",
         "Lucía will go to a community choir or club on her own each week."],
        ["Independent living (preparing for adulthood)",
         "By July 2027, Lucía will view 3 shared houses with her support worker and decide "
         "whether to apply for one."],
        ["Good health (preparing for adulthood)",
         "By December 2026, Lucía will book and attend all her therapy sessions herself, "
         "missing none in a term."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["Level 2 Early Years study programme with a work placement.",
         "3 days a week, 36 weeks a year", "College lecturers, Dunholm College"],
        ["Learning support in lessons and help to plan assignments.", "6 hours a week",
         "Learning support assistant"],
        ["Mentoring on managing anxiety at college and on placement.",
         "1 session of 45 minutes a week", "Learning mentor trained in anxiety support"],
        ["A panic plan that Lucía keeps in his bag and shows to staff when he feels anxious, "
         "reviewed with the mentor.", "Reviewed each half-term", "Learning mentor"],
        ["Support on her first 2 placement days.", "2 days in January 2027",
         "Job coach, Dunholm College"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Cognitive behavioural therapy for anxiety.",
         "12 weekly sessions of 50 minutes from September 2026",
         "Psychological wellbeing practitioner, Dunholm NHS Talking Therapies"],
    ], headers=HEALTH_HEADERS)

    pl.section("H")
    provision_table(pl, [
        ["A personal assistant for community activities and travel, paid through a direct "
         "payment.", "To be agreed with Lucía",
         "Personal assistant employed through a direct payment"],
        ["Help to find shared housing.", "4 visits of 1 hour by July 2027",
         "Housing support worker, Dunholm Adult Social Care"],
    ], headers=CARE_HEADERS)

    ls.cell_section(pl, "I", [
        "This is a draft: the placement will be named in the final plan, after the council "
        "has consulted the placement Lucía prefers.",
        "This plan will end at the end of the academic year in which Lucía turns 25 (31 July "
        "2027), or sooner if she starts paid work.",
    ])
    ls.cell_section(pl, "J", [
        "Lucía has asked for a direct payment for the personal assistant in Section H; the "
        "amount will be agreed before the final plan is issued.",
    ])

    pl.section("K")
    advice_table(pl, [
        ["Lucía's views", "Lucía, with her mentor", "21 September 2026"],
        ["Parent's views", "Carmen Fernández (mother)", "21 September 2026"],
        ["Educational advice", "Mr Alan Dodd, learning support manager, Dunholm College",
         "28 September 2026"],
        ["Medical advice", "Dr Priya Nair, GP", "30 September 2026"],
        ["Psychological advice", "Dr Jonah Field, educational psychologist", "12 June 2026"],
        ["Social care advice", "Ms Lara Kemp, social worker, Dunholm Adult Social Care",
         "18 June 2026"],
        ["Preparing for adulthood advice", "Ms Ivy Stone, careers adviser", "2 October 2026"],
    ])

    pl.expect_front(primary_need="Social, emotional and mental health (SEMH)",
                    primary_need_code="SEMH", placement="Dunholm College")
    pl.grade_band(["Requires improvement", "Good"],
                  "a lawful draft with adult services planned, but a pronoun copied from "
                  "another plan, an unquantified personal assistant and one untimed outcome")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("consistency.pronoun-mixed", "F",
           "'keeps in his bag and … when he feels anxious' about Lucía, who is 'she' elsewhere")
    pl.exp("provision.not-quantified", "H",
           "the personal assistant has no hours: 'To be agreed with Lucía'")
    pl.exp("outcomes.not-time-bound", "E",
           "'Lucía will go to a community choir or club on her own each week.' has no date")
    pl.no("pfa.over-age", None,
          "aged 24; she turns 25 in March 2027 and the plan may run until 31 July 2027")
    pl.no("structure.section-missing", None,
          "A, C, D, I and J are headed in table cells; H is one combined section")
    pl.no("draft.names-school", "I",
          "I names no college; her current college is in the front matter")
    pl.no("pfa.adult-transition-missing", None,
          "adult social care (Care Act) and an adult mental health service are involved")
    pl.no("social-care.provision-missing", "H1", "D's needs are met in the combined H")
    pl.no("consistency.other-name", None, "Carmen (mother) is introduced")
    pl.no("stale.age-mismatch", None, "'I'm 24' matches 12/03/2002 at 9 November 2026")
    return pl


# ============================================================================================
# final-good-lettered-y7 — a good first plan for a 12-year-old in Year 7 with needs in all
# four broad areas (language disorder, comprehension, anxiety, dyspraxia). Issued 18 weeks
# after the request. "may" appears only inside Amara's own words.
# ============================================================================================
def plan_final_good_lettered_y7():
    pl = Plan("final-good-lettered-y7", authority="Corrigan City Council", status="final",
              layout="lettered", name="Amara Nwosu", dob="2014-10-05", plan_date="2026-10-26",
              titles=ms.LETTERED, heading_style="Heading1", sub_style="Heading2")
    front(pl, "Final Education, Health and Care Plan", [
        ("Name", "Amara Nwosu"),
        ("Date of birth", "05/10/2014"),
        ("School", "St Hilda's Catholic High School"),
        ("Year group", "Year 7"),
        ("Primary need", "Speech, language and communication needs (SLCN)"),
        ("Date of request for assessment", "22 June 2026"),
        ("Date final plan issued", "26 October 2026"),
    ])

    pl.section("A")
    pl.sub("About me")
    pl.p("I'm Amara and I'm 12. I've just started at St Hilda's. I love netball, drawing "
         "comics and my cat, Mango. My brother Chidi is 15 and he helps me with my homework.")
    pl.sub("My hopes")
    pl.p("I want to be a vet or an illustrator. This year I want to make friends in my form "
         "and stop getting lost.")
    pl.sub("My parents' views")
    pl.p("Amara's mum and dad, Ngozi and Emeka, say she is creative and kind but exhausted "
         "after school. They want her to feel settled and to keep up with her written work.")

    pl.section("B")
    pl.sub("Communication and interaction")
    pl.p("Amara has developmental language disorder. She understands about two-thirds of what "
         "is said in a typical lesson and finds it hard to explain her ideas in order.")
    pl.sub("Cognition and learning")
    pl.p("She reads accurately, but her comprehension and written work are about two years "
         "behind those of her classmates.")
    pl.sub("Social, emotional and mental health")
    pl.p("Since starting secondary school, Amara has been anxious in busy corridors and new "
         "lessons, and she has cried at the school gate on 5 mornings.")
    pl.sub("Sensory and/or physical needs")
    pl.p("Amara has developmental coordination disorder (dyspraxia). Her handwriting is slow "
         "and hard to read, and she finds PE and practical lessons with equipment hard.")

    pl.section("C")
    pl.p("Amara has developmental coordination disorder, diagnosed by Dr Rosa Lindqvist, "
         "community paediatrician, in 2023, and developmental language disorder, diagnosed by "
         "the speech and language therapy service. She is seen by the children's "
         "occupational therapy service.")

    pl.section("D")
    pl.p("No social care needs have been identified; Amara's parents were asked and "
         "confirmed this.")

    pl.section("E")
    outcome_table(pl, [
        ["Communication and interaction",
         "By July 2027, Amara will retell the main points of a lesson in the right order "
         "using her story planner, in 4 out of 5 lessons checked."],
        ["Cognition and learning",
         "By the end of Year 7 (July 2027), Amara will answer 7 out of 10 comprehension "
         "questions about a Year 7 text after the key words have been pre-taught."],
        ["Social, emotional and mental health",
         "By February 2027, Amara will walk from the gate to her form room on her own and "
         "arrive calm, on 9 mornings out of 10."],
        ["Sensory and/or physical",
         "By July 2027, Amara will touch-type 20 words a minute and use a laptop for all "
         "written work longer than a paragraph."],
        ["Independence",
         "By July 2027, Amara will pack her bag from her visual checklist and bring the right "
         "PE kit and books on 4 days out of 5."],
        ["Friends and community",
         "By December 2026, Amara will join the netball club or the art club and go every "
         "week for a term."],
    ])

    pl.section("F")
    provision_table(pl, [
        ["Speech and language therapy on explaining ideas in order, and a programme for "
         "staff.", "1 session of 30 minutes a week, plus 1 staff training session each term",
         "Speech and language therapist, Corrigan Children's Therapy Service"],
        ["Pre-teaching of key words for English, science and humanities.",
         "3 sessions of 20 minutes a week",
         "Teaching assistant trained in the vocabulary programme by the speech and language "
         "therapist"],
        ["Reading comprehension group.", "2 sessions of 30 minutes a week, group of 4",
         "Specialist teacher of literacy"],
        ["Touch-typing programme and a school laptop for written work. As Amara puts it, "
         "\u201cI may be slow at writing but I'm fast at thinking.\u201d",
         "3 sessions of 15 minutes a week for 2 terms; the laptop daily",
         "Teaching assistant; laptop set up by the school's IT technician"],
        ["A meet-and-greet at the gate each morning, and leaving lessons 2 minutes early to "
         "avoid busy corridors.", "Every school day", "Learning mentor; subject teachers"],
        ["Sessions on managing worry (a CBT-informed programme).",
         "6 sessions of 40 minutes in the spring term",
         "School counsellor (BACP registered)"],
        ["Fine motor and equipment programme for PE and practical lessons.",
         "2 sessions of 20 minutes a week",
         "Teaching assistant following the occupational therapist's programme"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["Occupational therapy assessment of her motor skills and equipment, with a "
         "programme for school.", "1 assessment and 2 reviews a year",
         "Paediatric occupational therapist, Corrigan Children's Occupational Therapy"],
        ["Review of her development and coordination.", "Once a year",
         "Community paediatrician"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    pl.p("No social care provision is required, because Section D records no social care "
         "needs.")
    pl.section("H2")
    pl.p("No other social care provision is required.")

    pl.section("I")
    pl.p("St Hilda's Catholic High School, a mainstream voluntary aided secondary school.")

    pl.section("J")
    pl.p("Amara's parents have been told about personal budgets and have not asked for one.")

    pl.section("K")
    advice_table(pl, [
        ["Amara's views", "Amara, with her learning mentor", "14 September 2026"],
        ["Parents' views", "Ngozi and Emeka Nwosu (parents)", "10 July 2026"],
        ["Educational advice", "Mrs Clare Dunne, SENCo, St Hilda's Catholic High School",
         "18 September 2026"],
        ["Medical advice", "Dr Rosa Lindqvist, community paediatrician", "24 July 2026"],
        ["Psychological advice", "Dr Femi Ogun, educational psychologist", "2 September 2026"],
        ["Social care advice", "Corrigan Children's Services (no involvement)", "15 July 2026"],
        ["Speech and language therapy advice", "Ms Holly Burke, speech and language "
         "therapist", "28 July 2026"],
        ["Occupational therapy advice", "Mr Dan Ito, occupational therapist", "4 August 2026"],
    ])
    ms.signature(pl, "Marie Coyle, SEND Case Officer", "26 October 2026")

    pl.expect_front(school_year="Year 7",
                    primary_need="Speech, language and communication needs (SLCN)",
                    primary_need_code="SLCN", placement="St Hilda's Catholic High School",
                    request_date="22 June 2026")
    pl.grade_band(["Good", "Outstanding"],
                  "all four broad areas have specific outcomes and owned, quantified "
                  "provision; health needs provided for; issued within 20 weeks")
    # ---- labels -------------------------------------------------------------------------
    pl.no("provision.vague", "F", "'may' appears only inside Amara's quoted words")
    pl.no("timeliness.over-20-weeks", None, "22 June to 26 October 2026 is 18 weeks")
    pl.no("consistency.pronoun-mixed", None, "'he' refers to her brother Chidi")
    pl.no("consistency.other-name", None,
          "Chidi (brother), Ngozi and Emeka (parents) and Mango (cat) are introduced")
    pl.no("stale.age-mismatch", None,
          "'I'm 12' and 'Year 7' match; 'Chidi is 15' is her brother's age; 'a Year 7 text' "
          "is her year")
    pl.no("golden-thread.need-without-outcome", "E", "all four areas in B have an outcome")
    pl.no("golden-thread.need-without-provision", "F", "all four areas in B have provision")
    pl.no("transition.phase-transfer-missing", None,
          "Year 7: she has already moved to secondary school")
    return pl


# ============================================================================================
# final-poor-titled-y9 — a first plan for a 14-year-old in Year 9 with ADHD, on a Child in
# Need plan and a young carer. Sections named by title. The social care provision says only
# "To be confirmed" and "TBC"; no preparing-for-adulthood content or advice; every outcome is
# about school work and none connects to his hopes.
# ============================================================================================
def plan_final_poor_titled_y9():
    pl = Plan("final-poor-titled-y9", authority="Marlbrook Borough Council", status="final",
              layout="titled", name="Jayden Thompson", dob="2011-11-30", plan_date="2026-02-02",
              titles=ls.TITLED, heading_style="Heading1", sub_style="Heading2")
    front(pl, "Education, Health and Care Plan – Final", [
        ("Name", "Jayden Thompson"),
        ("Date of birth", "30/11/2011"),
        ("School", "Marlbrook Academy"),
        ("Year group", "Year 9"),
        ("Primary need", "Social, emotional and mental health (SEMH)"),
        ("Date request received", "22 September 2025"),
        ("Date of issue", "2 February 2026"),
    ])

    pl.section("A")
    pl.p("Jayden told us he likes boxing, grime music and cooking tea for his little sister, "
         "Keisha. He said: \u201cI want to be a chef or a boxer. School is boring and teachers "
         "always pick on me.\u201d")
    pl.p("His mum, Marcia, says Jayden is loving and protective at home but is angry at "
         "school, and she is worried he will be excluded.")

    pl.section("B")
    pl.sub("Social, emotional and mental health")
    pl.p("Jayden has ADHD (diagnosed in 2024) and finds it very hard to stay in lessons; he "
         "had 9 suspensions in Year 8.")
    pl.sub("Cognition and learning")
    pl.p("He reads at about the level of a 10-year-old and avoids writing.")

    pl.section("C")
    pl.p("Jayden has ADHD and takes methylphenidate each morning, prescribed by Dr Nasreen "
         "Bibi, consultant psychiatrist at Marlbrook CAMHS, who reviews him every 6 months.")

    pl.section("D")
    pl.p("Jayden has been on a Child in Need plan since October 2025. His social worker, Mr "
         "Ben Adeyemi, reports that Jayden's mum has multiple sclerosis and needs support with "
         "his care, and that Jayden often looks after his sister after school. He needs a safe "
         "after-school activity and a young carer's assessment.")

    pl.section("E")
    pl.bullets([
        "By July 2026, Jayden will stay in 90% of his lessons each week, recorded on the "
        "school's system.",
        "By July 2026, Jayden will read a 300-word text aloud to his mentor and answer 4 out "
        "of 5 questions about it.",
        "By July 2026, Jayden will write a 150-word paragraph in English on his laptop, using "
        "a writing frame.",
    ])

    pl.section("F")
    provision_table(pl, [
        ["Mentoring on managing his behaviour.", "2 sessions of 30 minutes a week",
         "Learning mentor"],
        ["Reading intervention in a small group of 3.", "3 sessions of 30 minutes a week",
         "Teaching assistant trained in the reading programme"],
        ["A laptop for written work.", "Daily", "Class teachers; set up by the IT technician"],
        ["Movement breaks.", "2 breaks of 5 minutes in each lesson", "Class teachers"],
    ])

    pl.section("G")
    provision_table(pl, [
        ["ADHD medication review.", "Every 6 months", "Consultant psychiatrist, Marlbrook CAMHS"],
    ], headers=HEALTH_HEADERS)

    pl.section("H1")
    pl.p("To be confirmed.")
    pl.section("H2")
    pl.p("TBC")

    pl.section("I")
    pl.p("Marlbrook Academy, a mainstream secondary academy.")

    pl.section("J")
    pl.p("Jayden's mum has not asked for a personal budget.")

    pl.section("K")
    advice_table(pl, [
        ["Parent's views", "Marcia Thompson (mother)", "13 October 2025"],
        ["Jayden's views", "Jayden, with his learning mentor", "15 October 2025"],
        ["Educational advice", "Mr Raj Mistry, SENCo, Marlbrook Academy", "20 October 2025"],
        ["Medical advice", "Dr Nasreen Bibi, consultant psychiatrist, Marlbrook CAMHS",
         "3 November 2025"],
        ["Psychological advice", "Ms Orla Byrne, educational psychologist", "10 November 2025"],
        ["Social care advice", "Mr Ben Adeyemi, social worker", "27 October 2025"],
    ])

    pl.expect_front(school_year="Year 9",
                    primary_need="Social, emotional and mental health (SEMH)",
                    primary_need_code="SEMH", placement="Marlbrook Academy",
                    request_date="22 September 2025")
    pl.grade_band(["Inadequate"],
                  "social care needs with no social care provision ('To be confirmed', 'TBC'), "
                  "no preparing for adulthood in Year 9, and outcomes blind to his hopes")
    # ---- labels -------------------------------------------------------------------------
    pl.exp("structure.section-empty", "H1", "part 8 says only 'To be confirmed.'")
    pl.exp("structure.section-empty", "H2", "part 9 says only 'TBC'")
    pl.exp("social-care.provision-missing", "H1",
           "D records a Child in Need plan, his mum's need for support and a young carer's "
           "assessment; H1 and H2 specify nothing")
    pl.exp("pfa.missing", "E", "Year 9: no preparing-for-adulthood outcomes or provision")
    pl.exp("advice.required-missing", "K",
           "Year 9: no preparing-for-adulthood (careers) advice is listed")
    pl.exp("outcomes.education-only", "E",
           "C and D record needs, but every outcome is about lessons, reading or writing")
    pl.exp("outcomes.not-aspirational", "E",
           "A records his hopes (chef, boxer) and no outcome connects to either")
    pl.no("timeliness.over-20-weeks", None,
          "22 September 2025 to 2 February 2026 is 19 weeks")
    pl.no("social-care.needs-unrecorded", "D", "D records the social care needs")
    pl.no("pfa.area-missing", "E",
          "there is no PfA content at all, so only pfa.missing applies")
    pl.no("provision.not-quantified", "H1",
          "'To be confirmed.' is a placeholder, not a provision item: the faults are "
          "structure.section-empty and social-care.provision-missing")
    pl.no("provision.no-provider", "H1",
          "'To be confirmed.' is a placeholder, not a provision item")
    pl.no("stale.age-mismatch", None,
          "'the level of a 10-year-old' describes his reading, not his age")
    pl.no("consistency.other-name", None,
          "Keisha (sister), Marcia (mother) and the professionals are introduced")
    return pl

PLANS = [
    plan_draft_good_titled_age2,
    plan_final_middling_lettered_age4,
    plan_final_middling_area_tables_y8,
    plan_draft_middling_numbered_shaded_y9,
    plan_final_poor_numbered_age16,
    plan_final_good_lettered_bold_age18,
    plan_final_poor_lettered_age19,
    plan_final_poor_numbered_age21,
    plan_final_middling_titled_age22,
    plan_final_good_numbered_age23,
    plan_draft_middling_lettered_incell_age24,
    plan_final_good_lettered_y7,
    plan_final_poor_titled_y9,
]
