"""The words of the Minutes and reports page: the readiness checklist's lines and the
collaborative-governance findings (names, levels, evidence), worded from the structured
record in the UI language (translated in the ``ReportPage`` context, as the page's own)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop import governance
from workshop.model import MeetingRole, NetworkRole, Sector
from workshop.readiness import Check

from .. import labels

translate = QCoreApplication.translate


def finding_names() -> dict[str, tuple[str, str]]:
    """Each condition's and principle's name and what it asks, by key."""
    return {
        "initiation": (
            translate("ReportPage", "Initiation"),
            translate("ReportPage", "A public body opens the space and invites others")),
        "actors": (
            translate("ReportPage", "Actors"),
            translate("ReportPage", "State and non-state actors both take part")),
        "roles": (
            translate("ReportPage", "Roles"),
            translate("ReportPage", "Non-state actors take part in deciding, not only in being "
                                    "consulted")),
        "structure": (
            translate("ReportPage", "Structure"),
            translate("ReportPage", "A working arrangement the parties agreed on")),
        "decision": (
            translate("ReportPage", "Decision"),
            translate("ReportPage", "By consensus where possible; an agreement all accept")),
        "goal": (
            translate("ReportPage", "Goal"),
            translate("ReportPage", "A public purpose, not one group's interest")),
        "participation": (
            translate("ReportPage", "Participation"),
            translate("ReportPage", "Many sectors present, and people speak")),
        "transparency": (
            translate("ReportPage", "Transparency"),
            translate("ReportPage", "Resolutions are recorded, by a named recorder")),
        "accountability": (
            translate("ReportPage", "Accountability"),
            translate("ReportPage", "Every action has a lead and a due date")),
        "legitimacy": (
            translate("ReportPage", "Legitimacy"),
            translate("ReportPage", "A public body initiated it, and the quorum was met")),
    }


def level_text(level: str) -> str:
    """A finding's level as its badge shows it."""
    return {governance.MET: translate("ReportPage", "✓ Met"),
            governance.PARTLY: translate("ReportPage", "◐ Partly met"),
            governance.NOT_MET: translate("ReportPage", "✗ Not met")}[level]


def level_texts() -> list[str]:
    """Every level a badge can show (its width fits the widest)."""
    return [level_text(lv) for lv in (governance.MET, governance.PARTLY, governance.NOT_MET)]


def _fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``, ... replaced by ``values``."""
    for n, v in enumerate(values, 1):
        text = text.replace(f"%{n}", str(v))
    return text


def evidence_lines(finding: governance.Finding) -> list[str]:
    """The evidence of one finding, worded in the UI language."""
    lines: list[str] = []
    order = list(Sector)
    sectors = sorted((e for e in finding.evidence if e.key == "sector_present"),
                     key=lambda e: order.index(Sector(e["sector"])))
    if sectors:
        lines.append(_fill(translate("ReportPage", "Present by sector: %1"), ", ".join(
            f"{labels.sector(Sector(e['sector']))} {e['n']}" for e in sectors)))
    roles = [e for e in finding.evidence if e.key == "non_state_role"]
    if roles:
        lines.append(_fill(translate("ReportPage", "Roles taken by non-state actors: %1"),
                           ", ".join(labels.network_role(NetworkRole(e["role"]))
                                     for e in roles)))
    for e in finding.evidence:
        k = e.key
        if k == "initiator":
            lines.append(_fill(translate("ReportPage", "Opened by %1 (%2)"), e["name"],
                               labels.sector(Sector(e["sector"]))))
        elif k == "structure":
            lines.append(_fill(translate("ReportPage", "Working arrangement: %1"), e["text"]))
        elif k == "core_roles":
            if e["chair"] and e["recorder"]:
                lines.append(translate("ReportPage", "The chair and the recorder are named"))
            else:
                missing = [labels.meeting_role(r) for r, ok in (
                    (MeetingRole.CHAIR, e["chair"]), (MeetingRole.RECORDER, e["recorder"]))
                    if not ok]
                lines.append(_fill(translate("ReportPage", "Not named: %1"), ", ".join(missing)))
        elif k == "consensual":
            if e["of"]:
                lines.append(_fill(translate(
                    "ReportPage", "%1 of %2 decided proposals by consensus or consent"),
                    e["n"], e["of"]))
            else:
                lines.append(translate("ReportPage", "No proposal decided yet"))
        elif k == "goal":
            lines.append(_fill(translate("ReportPage", "Common goal: %1"), e["text"]))
        elif k == "present":
            lines.append(_fill(translate("ReportPage", "%1 people present"), e["n"]))
        elif k == "spoke":
            lines.append(_fill(translate("ReportPage", "%1 people spoke"), e["n"]))
        elif k == "resolutions":
            lines.append(_fill(translate("ReportPage", "%1 resolutions recorded"), e["n"]))
        elif k == "recorder":
            lines.append(translate("ReportPage", "A recorder is named") if e["set"]
                         else translate("ReportPage", "No recorder named"))
        elif k == "actions":
            if e["n"]:
                lines.append(_fill(translate(
                    "ReportPage", "%1 actions: %2 with a lead, %3 with a due date"),
                    e["n"], e["led"], e["dated"]))
            else:
                lines.append(translate("ReportPage", "No action agreed yet"))
        elif k == "quorum":
            if e["needed"] is None:
                lines.append(_fill(translate("ReportPage", "No quorum set; %1 members present"),
                                   e["present"]))
            elif e["met"]:
                lines.append(_fill(translate(
                    "ReportPage", "Quorum met: %1 members present, %2 needed"),
                    e["present"], e["needed"]))
            else:
                lines.append(_fill(translate(
                    "ReportPage", "Quorum not met: %1 members present, %2 needed"),
                    e["present"], e["needed"]))
    if not lines:
        lines.append(translate("ReportPage", "Nothing recorded yet"))
    return lines


def check_text(c: Check) -> str:
    """One readiness check worded for its line of the checklist."""
    if c.key == "officers":
        if c.ok:
            return translate("ReportPage", "The chair, the recorder and the reviewer are named")
        roles = {"chair": MeetingRole.CHAIR, "recorder": MeetingRole.RECORDER,
                 "reviewer": MeetingRole.REVIEWER}
        return _fill(translate("ReportPage", "Not named yet: %1"),
                     ", ".join(labels.meeting_role(roles[k]) for k in c.missing))
    if c.key == "times":
        if c.ok:
            return translate("ReportPage", "Start and end times are recorded")
        if len(c.missing) == 2:
            return translate("ReportPage", "The start and end times are missing")
        return (translate("ReportPage", "The start time is missing") if c.missing == ["start"]
                else translate("ReportPage", "The end time is missing"))
    if c.key == "resolutions":
        if c.ok:
            return _fill(translate("ReportPage", "All %1 agenda items have a resolution"),
                         c.count)
        if not c.count:
            return translate("ReportPage", "The agenda is empty")
        return _fill(translate("ReportPage",
                               "No resolution yet (write “noted” if only noted): %1"),
                     ", ".join(c.missing))
    if c.key == "follow_up":
        return (translate("ReportPage", "Item 3, follow-up matters, is on the agenda") if c.ok
                else translate("ReportPage",
                               "Item 3, follow-up matters, is missing from the agenda"))
    if c.key == "attendance":
        return (_fill(translate("ReportPage", "%1 people checked in present"), c.count)
                if c.ok else translate("ReportPage", "No one is checked in yet"))
    if c.key == "pending":
        return (translate("ReportPage", "No proposal is pending") if c.ok
                else _fill(translate("ReportPage", "%1 proposals are still pending: %2"),
                           c.count, ", ".join(c.missing)))
    return c.key
