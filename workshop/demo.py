"""A realistic demo workshop: a council and the people who use its home care service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop.easy_read_record import PointRef
from workshop.services import Services
from workshop.views import ActionView, ParticipantView
from workshop.vocabulary import StageKind

PEOPLE = [
    # name, role, organisation, consent named, consent contact, share contact, contact, support
    (
        "Maureen Ellis",
        "lived_experience",
        "",
        True,
        True,
        True,
        "maureen@example.org",
        "Large print",
    ),
    ("Tariq Hussain", "lived_experience", "", False, True, False, "07700 900123", ""),
    ("Gwen Price", "carer", "Carers Together", True, True, True, "gwen@example.org", ""),
    ("Piotr Nowak", "carer", "", False, False, False, "", "Polish interpreter"),
    ("Shirin Akhtar", "community", "Eastside Women's Centre", True, True, False, "", ""),
    (
        "Dev Patel",
        "community",
        "Riverside Tenants' Forum",
        False,
        True,
        False,
        "dev@example.org",
        "Step-free access",
    ),
    (
        "Alison Grant",
        "professional",
        "Riverside Council, Adult Social Care",
        True,
        True,
        True,
        "alison.grant@example.gov.uk",
        "",
    ),
    ("Kwame Mensah", "professional", "HomeCare Partners Ltd", True, False, False, "", ""),
    ("Dr Helen Ward", "professional", "Riverside Health Partnership", False, False, False, "", ""),
    (
        "Sam Okoro",
        "facilitator",
        "Riverside Council, Engagement Team",
        True,
        True,
        True,
        "sam.okoro@example.gov.uk",
        "",
    ),
    ("Lena Fischer", "observer", "Healthwatch Riverside", True, False, False, "", ""),
    ("Iwan Jones", "lived_experience", "", False, False, False, "", "BSL interpreter"),
]

COLUMNS_NOTES = {
    "What matters to you": [
        (0, "Seeing the same carer most days so I don't have to explain everything again"),
        (1, "Being treated like an adult, not a task on a rota"),
        (2, "Knowing who to ring at 8pm when nobody has turned up"),
        (3, "Carers who can speak a little Polish or at least use a translation app"),
        (4, "Visits at times that fit prayer and meal times"),
        (11, "Dw i eisiau gofal yn Gymraeg pan fo'n bosib — it matters to my mum"),
        (5, "Neighbours and the tenants' forum can help if they know what's needed"),
        (0, "Having time for a cup of tea & a chat, not 15 minutes in and out"),
        (6, "Staff who stay: turnover is over 30% a year and people feel it"),
        (1, "My own say over when I get up and go to bed"),
        (2, "Respect for what family carers already know"),
        (7, "Rotas that give carers travel time so they aren't always late"),
        (4, "Women carers for women who ask for them"),
        (None, "Not having to fight for every change to my care plan"),
        (8, "Medication support that joins up with the GP surgery"),
    ],
    "What works well now": [
        (0, "Jo, my regular carer, notices when I'm not myself"),
        (2, "The reablement team after my husband's hospital stay were brilliant"),
        (5, "Befriending calls from the Tenants' Forum volunteers"),
        (6, "Weekly huddles between care coordinators and district nurses"),
        (3, "The emergency number does get answered — eventually"),
        (1, "Being able to choose my agency through a direct payment"),
        (4, "Eastside Women's Centre drop-in helps people fill in the forms"),
        (7, "Carers like the new app for handover notes"),
        (None, "Key safes mean I don't have to get up to answer the door"),
        (11, "Pan maen nhw'n siarad Cymraeg, mae'n gwneud byd o wahaniaeth"),
        (8, "Pharmacy blister packs reduce missed doses"),
        (2, "Respite weekend twice a year keeps me going"),
        (0, "Care plan written with me, in my words"),
        (5, "Local carers who live nearby are rarely late"),
        (6, "Complaints are now answered within ten working days"),
    ],
    "What gets in the way": [
        (1, "Visits cut short: 'call cramming' of 15-minute slots"),
        (2, "No-one tells you when the visit is cancelled"),
        (3, "Nie wiem, do kogo zadzwonić, kiedy opiekun nie przychodzi"),
        (4, "Forms only in English and full of jargon"),
        (0, "A different face every day — 11 different carers last month"),
        (7, "Carers paid only for contact time, not travel"),
        (8, "GP and care agency records don't talk to each other"),
        (5, "Bus cuts mean carers without cars can't reach the estate"),
        (1, "Being asked the same questions by four different assessors"),
        (None, "Waiting 9 weeks for an assessment after leaving hospital"),
        (2, "Carers' own health is never asked about"),
        (6, "Commissioning rules reward the cheapest hourly rate"),
        (4, "ہمیں یہ نہیں معلوم کہ شکایت کیسے کریں"),
        (3, "Night-time gaps: nothing between 10pm and 7am"),
        (11, "Rota changes sent by text, which I can't always read"),
    ],
    "What would make the biggest difference": [
        (0, "Small teams of carers who get to know you (neighbourhood teams)"),
        (2, "A named coordinator with a direct line, answered in the evening"),
        (7, "Pay carers for travel time and give them guaranteed hours"),
        (4, "Information in community languages and Easy Read"),
        (1, "Let people bank unused minutes for when they need longer"),
        (5, "Link up with the Tenants' Forum and faith groups for check-ins"),
        (6, "Commission for outcomes and continuity, not minutes"),
        (3, "A text or call every time a visit is late or cancelled"),
        (8, "A shared care record between GP, pharmacy and agency"),
        (11, "Welsh-speaking carers matched to Welsh speakers"),
        (None, "Carers' assessments offered automatically, every year"),
        (2, "Peer support group for family carers, evenings"),
        (0, "People who use the service on the commissioning panel"),
        (4, "Women-only visits available on request without a fight"),
        (6, "Test neighbourhood teams on the Eastside estate first 🙂"),
    ],
}

THEMES = [
    ("What matters to you", "Continuity and relationships", [0, 7, 8, 10]),
    ("What gets in the way", "Communication when things change", [1, 2, 14]),
    ("What would make the biggest difference", "Neighbourhood teams", [0, 5, 14]),
    ("What would make the biggest difference", "Fair pay and time for carers", [2, 6]),
]

ACTIONS = [
    # title, description, owner, co-lead, due offset days, status, sources (column, index)
    (
        "Pilot a neighbourhood care team on the Eastside estate",
        "Six carers, one coordinator, 40 people; evaluate continuity and satisfaction.",
        6,
        0,
        120,
        "in_progress",
        [
            ("What would make the biggest difference", 0),
            ("What would make the biggest difference", 14),
        ],
    ),
    (
        "Send a text whenever a visit is late or cancelled",
        "Agency system change; people can opt out or choose a phone call.",
        7,
        2,
        60,
        "done",
        [("What gets in the way", 1), ("What would make the biggest difference", 7)],
    ),
    (
        "Translate the service guide into Polish, Urdu and Welsh, and Easy Read",
        "Written with the Eastside Women's Centre and checked by people who use it.",
        6,
        4,
        90,
        "agreed",
        [("What gets in the way", 3), ("What would make the biggest difference", 3)],
    ),
    (
        "Pay carers for travel time in the next contract",
        "Report to the commissioning board with costed options.",
        6,
        1,
        200,
        "proposed",
        [("What would make the biggest difference", 2)],
    ),
    (
        "Evening line answered by a named coordinator until 10pm",
        "Staffing from existing budget has been requested.",
        7,
        5,
        45,
        "in_progress",
        [("What matters to you", 2)],
    ),
    (
        "Bank unused visit minutes",
        "Legal advice says this conflicts with the current framework contract.",
        6,
        1,
        30,
        "dropped",
        [("What would make the biggest difference", 4)],
    ),
    (
        "Offer carers' assessments automatically every year",
        "Letters to all registered carers; Carers Together to co-design the letter.",
        6,
        2,
        -20,
        "agreed",
        [("What would make the biggest difference", 10)],
    ),
    (
        "Invite two people who use the service onto the commissioning panel",
        "With payment for their time and travel, and support to take part.",
        6,
        11,
        150,
        "proposed",
        [("What would make the biggest difference", 12)],
    ),
]


@dataclass(frozen=True)
class DemoIds:
    workshop: int
    title: str
    sessions: list[tuple[int, str]]


# The Easy Read record as a facilitator wrote it (English, Welsh, picture) for each theme in
# order and the first actions; the last action is left unwritten, as happens.
EASY_READ_THEMES = [
    (
        "People want the same carers every time.\nA new face every day is hard.",
        "Mae pobl eisiau'r un gofalwyr bob tro.\nMae wyneb newydd bob dydd yn anodd.",
        "1F9D1-200D-2695-FE0F",
    ),
    (
        "Tell people when a carer will be late.\nA phone call or a text is fine.",
        "Dywedwch wrth bobl pan fydd gofalwr yn hwyr.\nMae galwad ffôn neu neges destun yn iawn.",
        "23F0",
    ),
    (
        "Carers could work in one small area.\nThen they get to know people.",
        "Gallai gofalwyr weithio mewn un ardal fach.\nWedyn maen nhw'n dod i nabod pobl.",
        "1F3D8",
    ),
    (
        "Carers should be paid fairly.\nThey need time to travel between visits.",
        "Dylai gofalwyr gael eu talu'n deg.\nMae angen amser arnyn nhw i deithio rhwng ymweliadau.",
        "1F4B7",
    ),
]
EASY_READ_ACTIONS = [
    (
        "We will try a small team of carers on the Eastside estate.",
        "Byddwn ni'n treialu tîm bach o ofalwyr ar ystâd Eastside.",
        "1F465",
    ),
    (
        "You will get a text if your carer is late.",
        "Byddwch chi'n cael neges destun os bydd eich gofalwr yn hwyr.",
        "1F4F1",
    ),
    (
        "We will write the guide in Easy Read and other languages.",
        "Byddwn ni'n ysgrifennu'r canllaw mewn fersiwn Hawdd ei Ddeall ac mewn ieithoedd eraill.",
        "1F4D6",
    ),
]


def _easy_read(services: Services, session_id: int, actions: list[ActionView]) -> None:
    themes = services.board.themes(session_id)
    chosen = [(PointRef("theme", t.id), w) for t, w in zip(themes, EASY_READ_THEMES, strict=False)]
    chosen += [
        (PointRef("action", a.id), w) for a, w in zip(actions, EASY_READ_ACTIONS, strict=False)
    ]
    for ref, (english, welsh, symbol) in chosen:
        services.easy_read.set_text(session_id, ref, english)
        services.easy_read.set_text(session_id, ref, welsh, language="cy")
        services.easy_read.set_picture(session_id, ref, symbol=symbol)


# Access needs as the facilitator recorded them when inviting people: (person, kind, detail,
# days before the first session they were asked). Asked, never assumed.
ACCESS_NEEDS = [
    ("Maureen Ellis", "large_print", "18 point, on cream paper", 28),
    ("Piotr Nowak", "language_interpreter", "Polish", 28),
    ("Dev Patel", "step_free", "Uses a wheelchair; needs an accessible toilet", 21),
    ("Iwan Jones", "bsl_interpreter", "", 30),
    ("Iwan Jones", "contact_format", "Text or email, never a phone call", 30),
    ("Gwen Price", "breaks", "Needs to ring home at the break", 21),
]
ACCESS_NOTES = {"Iwan Jones": "Came to the second session once a BSL interpreter was confirmed."}
RATE_PENCE_PER_HOUR = 2500
APPROVER = "Alison Grant, service manager"


def _involvement(
    services: Services,
    workshop_id: int,
    people: dict[str, ParticipantView],
    sessions: tuple[int, int],
    first_date: dt.date,
) -> None:
    """Access needs, the second session's bookings, and payments: paid, declined and owed."""
    first, second = sessions
    services.payments.update_settings(
        workshop_id,
        rate_pence_per_hour=RATE_PENCE_PER_HOUR,
        offer="Everyone was offered £25 an hour for their time, and their travel and other "
        "costs, by bank transfer, a voucher or cash on the day.",
        participant_note="Payments can affect some benefits; you can take a voucher instead, "
        "or say no.",
        participant_link="https://www.gov.uk/",
    )
    for name, kind, detail, days in ACCESS_NEEDS:
        services.access.add_need(
            people[name].id,
            kind,
            detail=detail,
            asked_on=first_date - dt.timedelta(days=days),
            asked_by="Sam Okoro",
        )
    for name, text in ACCESS_NOTES.items():
        services.access.set_notes(people[name].id, text)
    services.participants.set_attendance(second, people["Iwan Jones"].id, True)
    for session_id in sessions:
        for booking in services.access.plan(session_id).bookings:
            services.access.set_booking_done(session_id, booking.kind, True)
    paid_on = first_date + dt.timedelta(days=12)
    paid = services.payments.add(
        first, people["Maureen Ellis"].id, preparation_minutes=30, travel_minutes=40
    )
    services.payments.update(
        paid.id, expenses_pence=840, expenses_note="Taxi both ways", approved_by=APPROVER
    )
    services.payments.update(paid.id, status="approved")
    services.payments.update(paid.id, status="paid", paid_on=paid_on)
    cash = services.payments.add(first, people["Piotr Nowak"].id, method="cash")
    services.payments.update(cash.id, approved_by=APPROVER, status="paid", paid_on=first_date)
    # Payments can affect benefits: Gwen said no to the money but was refunded her bus fare.
    declined = services.payments.add(
        first, people["Gwen Price"].id, method="declined", expenses_pence=460
    )
    services.payments.update(
        declined.id, expenses_note="Bus fare", approved_by=APPROVER, status="paid", paid_on=paid_on
    )
    services.payments.add(second, people["Maureen Ellis"].id, travel_minutes=40, expenses_pence=840)
    services.payments.add(second, people["Tariq Hussain"].id, method="voucher")
    services.payments.add(second, people["Iwan Jones"].id, travel_minutes=25)


def create_demo(services: Services, *, first_date: dt.date | None = None) -> DemoIds:
    """Add the demo workshop through the service layer, exactly as a facilitator would."""
    first = first_date or (services.clock().date() - dt.timedelta(days=42))
    workshop = services.workshops.create(
        "Home care in Riverside: redesigning it together",
        organisation="Riverside Borough Council",
        service_area="Adult social care: home care",
        locality="Riverside, Eastside estate",
    )
    people = [
        services.participants.add(
            workshop.id,
            name,
            role,
            organisation=org,
            consent_named=named,
            consent_contact=contact_ok,
            consent_share_contact=share,
            contact=contact,
            support_needs=support,
        )
        for name, role, org, named, contact_ok, share, contact, support in PEOPLE
    ]
    facilitator = people[9]
    first_session = services.sessions.create_from_template(
        workshop.id,
        "what-matters",
        "What good home care looks like",
        date=first,
        venue="Eastside Community Centre, Hall 2",
        facilitator_id=facilitator.id,
        purpose="What should home care in Riverside keep, change and start, "
        "in the words of the people who use it?",
        involvement="co_production",
        involvement_set_by="Sam Okoro (facilitator) with the group, at the start",
        arrangements="Step-free venue with a hearing loop; BSL and Polish interpreters booked; "
        "lunch provided; replacement care for carers paid for.",
    )
    for person in people:
        if person.name != "Iwan Jones":
            services.participants.set_attendance(first_session.id, person.id, True)
    columns = {c.title: c for c in services.board.columns(first_session.id)}
    notes: dict[tuple[str, int], int] = {}
    for column_title, entries in COLUMNS_NOTES.items():
        for index, (author, text) in enumerate(entries):
            note = services.board.add_note(
                first_session.id,
                columns[column_title].id,
                text,
                author_id=people[author].id if author is not None else None,
                role="lived_experience" if author is None else None,
            )
            notes[(column_title, index)] = note.id
    for column_title, title, indexes in THEMES:
        services.board.group(first_session.id, title, [notes[(column_title, i)] for i in indexes])
    vote_stage = next(s.position for s in first_session.stages if s.kind is StageKind.VOTE)
    services.sessions.set_stage(first_session.id, vote_stage)
    ballots = {
        0: [("What would make the biggest difference", 0)] * 2
        + [("What matters to you", 0), ("What gets in the way", 4), ("What gets in the way", 1)],
        1: [("What would make the biggest difference", 4), ("What gets in the way", 0)] * 2,
        2: [
            ("What would make the biggest difference", 1),
            ("What would make the biggest difference", 10),
            ("What gets in the way", 10),
            ("What would make the biggest difference", 11),
        ],
        3: [("What gets in the way", 2), ("What would make the biggest difference", 7)],
        4: [
            ("What would make the biggest difference", 3),
            ("What would make the biggest difference", 13),
            ("What gets in the way", 3),
        ],
        5: [
            ("What would make the biggest difference", 5),
            ("What would make the biggest difference", 0),
        ],
        6: [
            ("What would make the biggest difference", 6),
            ("What would make the biggest difference", 8),
            ("What would make the biggest difference", 0),
        ],
        7: [
            ("What would make the biggest difference", 2),
            ("What would make the biggest difference", 6),
        ],
        8: [("What would make the biggest difference", 8), ("What gets in the way", 6)],
    }
    for person_index, picks in ballots.items():
        for pick in picks:
            services.votes.cast(first_session.id, people[person_index].id, notes[pick])
    actions_stage = next(s.position for s in first_session.stages if s.kind is StageKind.ACTIONS)
    services.sessions.set_stage(first_session.id, actions_stage)
    created = []
    for title, description, owner, co_lead, due_days, status, sources in ACTIONS:
        agreed = [people[i].id for i in (0, 2, 4, 6, 7)] if status != "proposed" else [people[6].id]
        action = services.actions.create(
            first_session.id,
            title,
            description=description,
            owner_id=people[owner].id,
            co_lead_id=people[co_lead].id,
            due=first + dt.timedelta(days=due_days),
            source_note_ids=[notes[source] for source in sources],
            agreed_by=agreed,
            status="proposed" if status == "proposed" else "agreed",
        )
        created.append((action, status))
    _easy_read(services, first_session.id, [a for a, _ in created])
    # What the record says after the session: the summary, its quotes, and what happens next.
    for key in (("What matters to you", 0), ("What gets in the way", 1)):
        services.board.set_quoted(notes[key], True)
    services.sessions.update(
        first_session.id,
        summary="People want the same carers, visits at the times agreed, and to be told when "
        "a visit will be late. Carers asked to be heard as partners, not visitors.\n\n"
        "Professionals and people who use the service agreed most on continuity of carers; "
        "they differed on how quickly rotas can change.",
        next_session_date=first + dt.timedelta(days=42),
        findings_go_to="Adult Social Care Commissioning Board, which decides the new home care "
        "contract in the spring.",
        hear_back="A letter and text to everyone who took part within four weeks, and a review "
        "of every action at the next session.",
        contact="Home care co-design team, Riverside Borough Council",
        gaps="No one under 40 who uses home care, and no one from the Bangladeshi community; "
        "we will ask the Eastside Women's Centre to help us reach them.",
    )
    iwan = next(p for p in people if p.name == "Iwan Jones")
    services.participants.set_apologies(first_session.id, iwan.id, True)
    second_session = services.sessions.create_from_template(
        workshop.id,
        "start-stop-continue",
        "You said, we did: six weeks on",
        date=first + dt.timedelta(days=42),
        venue="Eastside Community Centre, Hall 2",
        facilitator_id=facilitator.id,
        purpose="What has changed since the first session, and what should we do next?",
        involvement="co_design",
        involvement_set_by="Sam Okoro (facilitator) with the group, at the start",
        design_stage="develop",
        arrangements="As before; interpreters booked for BSL and Polish.",
    )
    for person in people[:10]:
        services.participants.set_attendance(second_session.id, person.id, True)
    _involvement(
        services,
        workshop.id,
        {person.name: person for person in people},
        (first_session.id, second_session.id),
        first,
    )
    progress = {
        "in_progress": ("Work has started; first results at the next session.", "in_progress"),
        "done": ("Done: texts go out for every late or cancelled visit since last month.", "done"),
        "agreed": ("Agreed by the service manager; work starts next month.", "agreed"),
        "dropped": (
            "Could not be done: the framework contract does not allow banked minutes. "
            "We will raise it at the contract review in 2027.",
            "dropped",
        ),
    }
    update_date = first + dt.timedelta(days=42)
    for action, status in created:
        if status == "proposed":
            continue
        text, new_status = progress[status]
        services.actions.add_update(
            action.id, second_session.id, text, date=update_date, status=new_status
        )
    second_columns = services.board.columns(second_session.id)
    follow_ups = [
        (0, 0, "Keep the neighbourhood team: I've had the same two carers for a month"),
        (2, 0, "Start telling carers about the evening line too"),
        (6, 1, "Stop sending letters only in English"),
        (3, 2, "Continue the texts when visits are late — it really helps"),
        (1, 3, "Will the travel-time pay come in before winter?"),
    ]
    for author, column_index, text in follow_ups:
        services.board.add_note(
            second_session.id, second_columns[column_index].id, text, author_id=people[author].id
        )
    return DemoIds(
        workshop=workshop.id,
        title=workshop.title,
        sessions=[
            (first_session.id, first_session.title),
            (second_session.id, second_session.title),
        ],
    )
