"""Versioned migrations of the workshop file.

``MIGRATIONS[n]`` takes a file from schema version ``n`` to ``n + 1``.  A migration is frozen
once released: change the schema by appending a new one.  The version lives in
``PRAGMA user_version``; the application id marks the file as a Prachakhom workshop.
"""
from __future__ import annotations

APPLICATION_ID = 0x50524348  # "PRCH"

_COMMON = "id TEXT PRIMARY KEY NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL"

_V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE tombstones (
    id TEXT PRIMARY KEY NOT NULL, table_name TEXT NOT NULL, deleted TEXT NOT NULL);
CREATE TABLE organisations ({_COMMON},
    name TEXT NOT NULL, short_name TEXT NOT NULL DEFAULT '', sector TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');
CREATE TABLE people ({_COMMON},
    prefix TEXT NOT NULL DEFAULT '', first_name TEXT NOT NULL, last_name TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
    phone TEXT NOT NULL DEFAULT '', gender TEXT NOT NULL DEFAULT 'unspecified',
    village_no TEXT NOT NULL DEFAULT '', consent INTEGER NOT NULL DEFAULT 0,
    consent_at TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');
CREATE TABLE meetings ({_COMMON},
    title TEXT NOT NULL DEFAULT '', body_name TEXT NOT NULL DEFAULT '',
    number INTEGER NOT NULL DEFAULT 1, be_year INTEGER NOT NULL DEFAULT 0,
    date TEXT NOT NULL DEFAULT '', start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '', venue TEXT NOT NULL DEFAULT '',
    village_no TEXT NOT NULL DEFAULT '', village_name TEXT NOT NULL DEFAULT '',
    subdistrict TEXT NOT NULL DEFAULT '', district TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    initiator_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
    purpose TEXT NOT NULL DEFAULT '', common_goal TEXT NOT NULL DEFAULT '',
    structure TEXT NOT NULL DEFAULT '',
    chair_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    recorder_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    reviewer_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    quorum INTEGER, dots_per_person INTEGER NOT NULL DEFAULT 3,
    previous_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'planned', notes TEXT NOT NULL DEFAULT '');
CREATE TABLE agenda_items ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, kind TEXT NOT NULL DEFAULT 'other',
    title TEXT NOT NULL DEFAULT '', timebox_min INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '', resolution TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL DEFAULT '', ended_at TEXT NOT NULL DEFAULT '',
    elapsed_s INTEGER NOT NULL DEFAULT 0,
    source_table TEXT NOT NULL DEFAULT '', source_id TEXT NOT NULL DEFAULT '');
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
CREATE TABLE attendance ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'present', reason TEXT NOT NULL DEFAULT '',
    substitute_for_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    member INTEGER NOT NULL DEFAULT 1, check_in_at TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, person_id));
CREATE INDEX attendance_person ON attendance(person_id);
CREATE TABLE meeting_roles ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL);
CREATE INDEX meeting_roles_meeting ON meeting_roles(meeting_id);
CREATE TABLE categories ({_COMMON},
    name_th TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '#888888', position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE clusters ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '', color TEXT NOT NULL DEFAULT '#dddddd',
    x REAL NOT NULL DEFAULT 0, y REAL NOT NULL DEFAULT 0,
    width REAL NOT NULL DEFAULT 400, height REAL NOT NULL DEFAULT 300);
CREATE INDEX clusters_meeting ON clusters(meeting_id);
CREATE TABLE maps ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '', mime TEXT NOT NULL DEFAULT 'image/png',
    image BLOB NOT NULL, width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0);
CREATE INDEX maps_meeting ON maps(meeting_id);
CREATE TABLE issues ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
    category_id TEXT REFERENCES categories(id) ON DELETE SET NULL,
    location TEXT NOT NULL DEFAULT '', village_no TEXT NOT NULL DEFAULT '',
    raised_by_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    raised_by_name TEXT NOT NULL DEFAULT '', people_affected INTEGER NOT NULL DEFAULT 0,
    cluster_id TEXT REFERENCES clusters(id) ON DELETE SET NULL,
    board_x REAL NOT NULL DEFAULT 0, board_y REAL NOT NULL DEFAULT 0,
    map_id TEXT REFERENCES maps(id) ON DELETE SET NULL, map_x REAL, map_y REAL,
    response TEXT,
    merged_into_id TEXT REFERENCES issues(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0);
CREATE INDEX issues_meeting ON issues(meeting_id);
CREATE TABLE issue_links ({_COMMON},
    cause_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    effect_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    UNIQUE (cause_id, effect_id), CHECK (cause_id <> effect_id));
CREATE INDEX issue_links_effect ON issue_links(effect_id);
CREATE TABLE issue_actors ({_COMMON},
    issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
    organisation_id TEXT REFERENCES organisations(id) ON DELETE CASCADE,
    notes TEXT NOT NULL DEFAULT '');
CREATE INDEX issue_actors_issue ON issue_actors(issue_id);
CREATE TABLE dot_votes ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
    dots INTEGER NOT NULL DEFAULT 1);
CREATE INDEX dot_votes_issue ON dot_votes(issue_id);
CREATE INDEX dot_votes_meeting ON dot_votes(meeting_id);
CREATE TABLE criteria ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    name TEXT NOT NULL, weight REAL NOT NULL DEFAULT 1, position INTEGER NOT NULL DEFAULT 0);
CREATE INDEX criteria_meeting ON criteria(meeting_id);
CREATE TABLE criterion_scores ({_COMMON},
    issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
    score REAL NOT NULL DEFAULT 0, UNIQUE (issue_id, criterion_id));
CREATE INDEX criterion_scores_criterion ON criterion_scores(criterion_id);
CREATE TABLE speaker_turns ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
    person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    name TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0,
    queued_at TEXT NOT NULL DEFAULT '', started_at TEXT NOT NULL DEFAULT '',
    ended_at TEXT NOT NULL DEFAULT '', duration_s INTEGER NOT NULL DEFAULT 0,
    limit_s INTEGER NOT NULL DEFAULT 0);
CREATE INDEX speaker_turns_meeting ON speaker_turns(meeting_id);
CREATE TABLE contributions ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
    turn_id TEXT REFERENCES speaker_turns(id) ON DELETE SET NULL,
    person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'idea', text TEXT NOT NULL DEFAULT '');
CREATE INDEX contributions_meeting ON contributions(meeting_id);
CREATE TABLE proposals ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
    issue_id TEXT REFERENCES issues(id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',
    proposed_by_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    method TEXT NOT NULL DEFAULT 'consensus', threshold TEXT NOT NULL DEFAULT 'simple',
    quorum INTEGER, present INTEGER NOT NULL DEFAULT 0,
    count_for INTEGER NOT NULL DEFAULT 0, count_against INTEGER NOT NULL DEFAULT 0,
    count_abstain INTEGER NOT NULL DEFAULT 0, outcome TEXT NOT NULL DEFAULT 'pending',
    resolution TEXT NOT NULL DEFAULT '', decided_at TEXT NOT NULL DEFAULT '',
    amended_text TEXT NOT NULL DEFAULT '');
CREATE INDEX proposals_meeting ON proposals(meeting_id);
CREATE TABLE proposal_positions ({_COMMON},
    proposal_id TEXT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    value TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 1,
    reason TEXT NOT NULL DEFAULT '', resolved INTEGER NOT NULL DEFAULT 0);
CREATE INDEX proposal_positions_proposal ON proposal_positions(proposal_id);
CREATE TABLE actions ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    proposal_id TEXT REFERENCES proposals(id) ON DELETE SET NULL,
    issue_id TEXT REFERENCES issues(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    lead_person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    lead_organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
    partners TEXT NOT NULL DEFAULT '', due_date TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned', cost_baht REAL NOT NULL DEFAULT 0,
    funding_source TEXT NOT NULL DEFAULT '', response TEXT NOT NULL DEFAULT 'ourselves',
    notes TEXT NOT NULL DEFAULT '');
CREATE INDEX actions_meeting ON actions(meeting_id);
CREATE TABLE action_partners ({_COMMON},
    action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
    organisation_id TEXT REFERENCES organisations(id) ON DELETE CASCADE);
CREATE INDEX action_partners_action ON action_partners(action_id);
CREATE TABLE pledges ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    action_id TEXT REFERENCES actions(id) ON DELETE SET NULL,
    person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'money', description TEXT NOT NULL DEFAULT '',
    quantity REAL NOT NULL DEFAULT 0, unit TEXT NOT NULL DEFAULT '',
    value_baht REAL NOT NULL DEFAULT 0, fulfilled INTEGER NOT NULL DEFAULT 0);
CREATE INDEX pledges_meeting ON pledges(meeting_id);
CREATE TABLE network_roles ({_COMMON},
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
    organisation_id TEXT REFERENCES organisations(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    issue_id TEXT REFERENCES issues(id) ON DELETE CASCADE,
    action_id TEXT REFERENCES actions(id) ON DELETE CASCADE,
    notes TEXT NOT NULL DEFAULT '');
CREATE INDEX network_roles_meeting ON network_roles(meeting_id);
CREATE INDEX pledges_action ON pledges(action_id);
CREATE INDEX actions_proposal ON actions(proposal_id);
CREATE INDEX issues_cluster ON issues(cluster_id);
CREATE INDEX issues_merged ON issues(merged_into_id);
"""

# 2: the ranking method chosen on the Priorities page (model.RankingMethod), per meeting
_V2 = """
ALTER TABLE meetings ADD COLUMN ranking_method TEXT NOT NULL DEFAULT 'both';
"""

# 3: plan fields of an action (workshop.plan): what the village plan and the local development
# plan ask of a project; the budget per B.E. fiscal year is JSON {"2570": 150000}
_V3 = """
ALTER TABLE actions ADD COLUMN objective TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN target TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN location TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN budget_years TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN indicator TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN expected_result TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN agency TEXT NOT NULL DEFAULT '';
"""

# 4: actions followed over time (workshop.followup): every reported change of an action's status
# or progress with its date and the meeting where it was reported; the action's progress in
# percent; an issue carried from an issue of an earlier meeting (problems that come back)
_V4 = f"""
ALTER TABLE actions ADD COLUMN progress INTEGER NOT NULL DEFAULT 0;
ALTER TABLE issues ADD COLUMN carried_from_id TEXT REFERENCES issues(id) ON DELETE SET NULL;
CREATE TABLE action_updates ({_COMMON},
    action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
    date TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, previous_status TEXT,
    progress INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '');
CREATE INDEX action_updates_action ON action_updates(action_id, date);
CREATE INDEX action_updates_meeting ON action_updates(meeting_id);
CREATE INDEX issues_carried_from ON issues(carried_from_id);
"""

# 5: what the meeting's sign-in sheet asks for besides the name, organisation and village
# (workshop.minutes: the position and phone columns; a phone number is personal data and is
# printed only when the meeting asks for it)
_V5 = """
ALTER TABLE meetings ADD COLUMN signin_position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN signin_phone INTEGER NOT NULL DEFAULT 0;
"""

MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5]
SCHEMA_VERSION = len(MIGRATIONS)
