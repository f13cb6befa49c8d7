"""Annex to the minutes: the collaborative-governance assessment (workshop.governance).

The six conditions and four principles, each with its level, the evidence it rests on (what
was recorded in the meeting) and, where it is not fully met, what to do about the gap.  Worded
here in Thai and English for the minutes (the UI words the same findings with Qt).  Optional:
``python main.py minutes ... --governance`` or the report page's check box.

The minutes take one ``annex`` argument: an assessment, or :class:`Annexes` holding the
assessment, the actor network (:mod:`workshop.minutes.network_annex`, ``--network``) and/or
governance across meetings (:mod:`workshop.minutes.trend_annex`, ``--trend``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import governance, vocabulary
from ..model import MeetingRole, NetworkRole, Sector
from .labels import Labels

_T = {
    "annex": ("ภาคผนวก การประเมินการอภิบาลแบบร่วมมือ",
              "Annex: collaborative governance assessment"),
    "intro": ("ประเมินจากสิ่งที่บันทึกไว้ในการประชุมครั้งนี้ ไม่มีการให้คะแนนด้วยมือ",
              "Judged from what was recorded in this meeting; nothing is scored by hand."),
    "conditions": ("เงื่อนไขหกประการ", "The six conditions"),
    "principles": ("หลักการสี่ประการ", "The four principles"),
    "evidence": ("หลักฐาน", "Evidence"),
    "todo": ("สิ่งที่ควรทำ", "What to do"),
    governance.MET: ("เป็นไปตามเงื่อนไข", "met"),
    governance.PARTLY: ("เป็นไปตามเงื่อนไขบางส่วน", "partly met"),
    governance.NOT_MET: ("ยังไม่เป็นไปตามเงื่อนไข", "not met"),
}

NAMES = {
    "initiation": (("การริเริ่ม", "หน่วยงานรัฐเปิดพื้นที่และเชิญภาคส่วนอื่นเข้าร่วม"),
                   ("Initiation", "A public body opens the space and invites others")),
    "actors": (("ผู้มีส่วนร่วม", "ทั้งภาครัฐและภาคที่ไม่ใช่รัฐเข้าร่วม"),
               ("Actors", "State and non-state actors both take part")),
    "roles": (("บทบาท", "ภาคที่ไม่ใช่รัฐร่วมตัดสินใจ ไม่ใช่เพียงถูกปรึกษา"),
              ("Roles", "Non-state actors take part in deciding, not only in being consulted")),
    "structure": (("โครงสร้าง", "มีข้อตกลงการทำงานร่วมกันที่ทุกฝ่ายยอมรับ"),
                  ("Structure", "A working arrangement the parties agreed on")),
    "decision": (("การตัดสินใจ", "ใช้ฉันทามติเท่าที่ทำได้ เป็นข้อตกลงที่ทุกฝ่ายยอมรับ"),
                 ("Decision", "By consensus where possible; an agreement all accept")),
    "goal": (("เป้าหมาย", "เพื่อประโยชน์สาธารณะ ไม่ใช่ของกลุ่มใดกลุ่มหนึ่ง"),
             ("Goal", "A public purpose, not one group's interest")),
    "participation": (("การมีส่วนร่วม", "หลายภาคส่วนเข้าร่วม และผู้เข้าร่วมได้พูด"),
                      ("Participation", "Many sectors present, and people speak")),
    "transparency": (("ความโปร่งใส", "บันทึกมติไว้ โดยมีผู้จดรายงานการประชุมที่ระบุชื่อ"),
                     ("Transparency", "Resolutions are recorded, by a named recorder")),
    "accountability": (("ความรับผิดชอบ", "ทุกกิจกรรมมีผู้รับผิดชอบและกำหนดเวลา"),
                       ("Accountability", "Every action has a lead and a due date")),
    "legitimacy": (("ความชอบธรรม", "หน่วยงานรัฐเป็นผู้ริเริ่ม และครบองค์ประชุม"),
                   ("Legitimacy", "A public body initiated it, and the quorum was met")),
}

TODO = {
    "initiation": ("ให้ อปท. หรือหน่วยงานรัฐในพื้นที่เป็นผู้เชิญประชุมครั้งต่อไป และบันทึกผู้ริเริ่ม",
                   "Ask the local government or another public body to convene the next "
                   "forum, and record who opened it."),
    "actors": ("เชิญภาคส่วนที่ยังไม่มา (ภาครัฐ เอกชน ประชาสังคม สถาบันการศึกษา) ให้ครบ",
               "Invite the sectors that were missing (state, private, civil society, "
               "academia)."),
    "roles": ("มอบบทบาทในการตัดสินใจหรือการดำเนินงานให้ภาคที่ไม่ใช่รัฐ และบันทึกบทบาทนั้น",
              "Give non-state actors a role in deciding or carrying out the work, and record "
              "it."),
    "structure": ("ตกลงและบันทึกวิธีทำงานร่วมกัน (คณะทำงาน การประชุมติดตาม)",
                  "Agree on a working arrangement (a working group, follow-up meetings) and "
                  "record it."),
    "decision": ("ใช้ฉันทามติหรือการยินยอมเมื่อทำได้ และบันทึกเหตุผลของผู้เห็นต่าง",
                 "Decide by consensus or consent where possible, and record dissent with its "
                 "reasons."),
    "goal": ("ตกลงเป้าหมายร่วมที่เป็นประโยชน์สาธารณะ และบันทึกไว้ในการประชุม",
             "Agree on a common public goal and record it in the meeting."),
    "participation": ("ให้ผู้เข้าร่วมจากทุกภาคส่วนได้พูด เช่น รอบแสดงความเห็นทีละคน",
                      "Make sure people from every sector speak, e.g. a round where each "
                      "person speaks in turn."),
    "transparency": ("ระบุผู้จดรายงานการประชุม และบันทึกมติของทุกระเบียบวาระ",
                     "Name a recorder and write a resolution for every agenda item."),
    "accountability": ("ระบุผู้รับผิดชอบและกำหนดเสร็จของทุกกิจกรรมในแผนปฏิบัติการ",
                       "Give every action in the plan a lead and a due date."),
    "legitimacy": ("กำหนดองค์ประชุม ตรวจสอบการลงทะเบียน และให้หน่วยงานรัฐเป็นผู้เปิดประชุม",
                   "Set a quorum, check it at sign-in, and have a public body open the "
                   "forum."),
}

_E = {
    "by_sector": ("ผู้มาประชุมตามภาคส่วน: {v}", "Present by sector: {v}"),
    "roles_taken": ("บทบาทที่ภาคที่ไม่ใช่รัฐรับ: {v}", "Roles taken by non-state actors: {v}"),
    "initiator": ("เปิดประชุมโดย {name} ({sector})", "Opened by {name} ({sector})"),
    "structure": ("ข้อตกลงการทำงาน: {text}", "Working arrangement: {text}"),
    "core_ok": ("ระบุชื่อประธานและผู้จดรายงานการประชุมแล้ว",
                "The chair and the recorder are named"),
    "core_missing": ("ยังไม่ระบุ: {v}", "Not named: {v}"),
    "consensual": ("ตัดสินด้วยฉันทามติหรือการยินยอม {n} จาก {of} ข้อเสนอที่ตัดสินแล้ว",
                   "{n} of {of} decided proposals by consensus or consent"),
    "none_decided": ("ยังไม่มีข้อเสนอที่ตัดสิน", "No proposal decided yet"),
    "goal": ("เป้าหมายร่วม: {text}", "Common goal: {text}"),
    "present": ("ผู้มาประชุม {n} คน", "{n} people present"),
    "spoke": ("ผู้แสดงความเห็น {n} คน", "{n} people spoke"),
    "resolutions": ("บันทึกมติ {n} เรื่อง", "{n} resolutions recorded"),
    "recorder_yes": ("ระบุผู้จดรายงานการประชุมแล้ว", "A recorder is named"),
    "recorder_no": ("ยังไม่ระบุผู้จดรายงานการประชุม", "No recorder named"),
    "actions": ("กิจกรรม {n} รายการ มีผู้รับผิดชอบ {led} มีกำหนดเสร็จ {dated}",
                "{n} actions: {led} with a lead, {dated} with a due date"),
    "no_actions": ("ยังไม่มีกิจกรรมที่ตกลง", "No action agreed yet"),
    "no_quorum": ("ไม่ได้กำหนดองค์ประชุม สมาชิกมาประชุม {present} คน",
                  "No quorum set; {present} members present"),
    "quorum_met": ("ครบองค์ประชุม: สมาชิกมาประชุม {present} คน ต้องการ {needed} คน",
                   "Quorum met: {present} members present, {needed} needed"),
    "quorum_not": ("ไม่ครบองค์ประชุม: สมาชิกมาประชุม {present} คน ต้องการ {needed} คน",
                   "Quorum not met: {present} members present, {needed} needed"),
    "nothing": ("ยังไม่มีบันทึก", "Nothing recorded yet"),
}


def text(key: str, L: Labels) -> str:
    return _T[key][L.i]


def name(key: str, L: Labels) -> tuple[str, str]:
    """The finding's name and what it asks for."""
    return NAMES[key][L.i]


def todo(key: str, L: Labels) -> str:
    return TODO[key][L.i]


def evidence_lines(finding: governance.Finding, L: Labels) -> list[str]:
    """The evidence of one finding, worded in the minutes' language."""
    def e_(key: str, **kw) -> str:
        return _E[key][L.i].format(**{k: (L.num(v) if isinstance(v, int) else v)
                                      for k, v in kw.items()})

    sep = ", "
    lines: list[str] = []
    order = list(Sector)
    sectors = sorted((e for e in finding.evidence if e.key == "sector_present"),
                     key=lambda e: order.index(Sector(e["sector"])))
    if sectors:
        lines.append(e_("by_sector", v=sep.join(f"{L.sector(Sector(e['sector']))} "
                                                f"{L.num(e['n'])}" for e in sectors)))
    roles = [e for e in finding.evidence if e.key == "non_state_role"]
    if roles:
        lines.append(e_("roles_taken", v=sep.join(
            L.term(NetworkRole(e["role"]), inline=True) for e in roles)))
    for e in finding.evidence:
        k = e.key
        if k == "initiator":
            lines.append(e_("initiator", name=e["name"], sector=L.sector(Sector(e["sector"]))))
        elif k in ("structure", "goal"):
            lines.append(e_(k, text=e["text"]))
        elif k == "core_roles":
            if e["chair"] and e["recorder"]:
                lines.append(e_("core_ok"))
            else:
                missing = [vocabulary.label(r, L.lang) for r, ok in (
                    (MeetingRole.CHAIR, e["chair"]), (MeetingRole.RECORDER, e["recorder"]))
                    if not ok]
                lines.append(e_("core_missing", v=sep.join(missing)))
        elif k == "consensual":
            lines.append(e_("consensual", n=e["n"], of=e["of"]) if e["of"]
                         else e_("none_decided"))
        elif k in ("present", "spoke", "resolutions"):
            lines.append(e_(k, n=e["n"]))
        elif k == "recorder":
            lines.append(e_("recorder_yes" if e["set"] else "recorder_no"))
        elif k == "actions":
            lines.append(e_("actions", n=e["n"], led=e["led"], dated=e["dated"]) if e["n"]
                         else e_("no_actions"))
        elif k == "quorum":
            if e["needed"] is None:
                lines.append(e_("no_quorum", present=e["present"]))
            else:
                lines.append(e_("quorum_met" if e["met"] else "quorum_not",
                                present=e["present"], needed=e["needed"]))
    return lines or [e_("nothing")]


@dataclass
class Annexes:
    """The annexes asked for: the governance assessment, the actor network, governance
    across meetings (any may be None)."""
    governance: Optional[governance.Assessment] = None
    network: Optional[Any] = None           # a network_annex.NetworkAnnex
    trend: Optional[Any] = None             # a trend_annex.TrendAnnex

    def __bool__(self) -> bool:
        return any(x is not None for x in (self.governance, self.network, self.trend))


def annex_story(a: "governance.Assessment | Annexes", L: Labels) -> list:
    """The annexes as flowables, each on pages of its own."""
    if not isinstance(a, Annexes):
        return governance_story(a, L)
    out: list = []
    if a.governance is not None:
        out += governance_story(a.governance, L)
    if a.network is not None:
        from .network_annex import network_story

        out += network_story(a.network, L)
    if a.trend is not None:
        from .trend_annex import trend_story

        out += trend_story(a.trend, L)
    return out


def governance_story(a: governance.Assessment, L: Labels) -> list:
    """The governance annex as flowables, on a page of its own."""
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak

    from .layout import BODY, BOLD, HEAD, INDENT, TITLE, _head, _p
    from .thaitext import ThaiParagraph

    out: list = [PageBreak(), _p(text("annex", L), TITLE), _p(text("intro", L),
                                                               BODY.but(align="center"))]
    for title, findings in ((text("conditions", L), a.conditions),
                            (text("principles", L), a.principles)):
        out.append(_head(_p(title, HEAD.but(space_before=10))))
        for n, f in enumerate(findings, 1):
            fname, asks = name(f.key, L)
            out.append(_head(ThaiParagraph(
                [(f"{L.num(n)}. {fname}: ", BOLD), (text(f.level, L), BOLD)],
                BODY.but(left_indent=INDENT * 0.6, space_before=4))))
            out.append(_p(asks, BODY.but(left_indent=INDENT)))
            st = BODY.but(left_indent=INDENT + 0.8 * cm, first_indent=-0.4 * cm)
            out.append(_p(text("evidence", L) + ":", BODY.but(left_indent=INDENT, font=BOLD)))
            for line in evidence_lines(f, L):
                out.append(_p("- " + line, st))
            if f.level != governance.MET:
                out.append(ThaiParagraph([(text("todo", L) + ": ", BOLD),
                                          (todo(f.key, L), BODY.font)],
                                         BODY.but(left_indent=INDENT)))
    return out
