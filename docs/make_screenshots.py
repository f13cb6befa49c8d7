"""Make the README's screenshots: the main window on every page, Thai UI, demo workshop.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [--lang th|en] [--out docs]

Writes ``screen-<page>.png`` (1366×768, the size of a typical village laptop) for each page
(``--pages followup network``: only those),
``screen-plan.png``, ``screen-paperkit.png`` (the Village plan and Paper tabs),
``screen-handover.png`` (File ▸ Hand over…'s options), ``plan-table.png`` (the village plan
table's first page), and ``screen-projector.png`` (the projector window at 1280×720 following
the Decisions page) with ``screen-projector-map.png`` (following the community map);
``--projector-only`` writes just those.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="th", choices=("th", "en"))
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--projector-only", action="store_true")
    parser.add_argument("--pages", nargs="*", help="only these pages (e.g. followup network)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="prachakhom-shots-"))
    os.environ["PRACHAKHOM_CONFIG_DIR"] = str(tmp / "config")
    os.environ["PRACHAKHOM_DATA_DIR"] = str(tmp / "data")


    from ui import app as app_mod
    from ui import settings as S
    from ui.pages import PAGES
    from workshop.demo import build_demo
    from workshop.store import Store

    path = tmp / "demo.prachakhom"
    with Store.create(path, backups=False) as store:
        build_demo(store)
    settings = S.Settings()
    settings.set(S.LANGUAGE, args.lang)
    app = app_mod.create_app([], settings)
    window = app_mod.build_window([str(path)], settings)
    window.resize(1366, 768)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for module, _cls, _title in ([] if args.projector_only else PAGES):
        name = module.rsplit(".", 1)[-1]
        if args.pages and name not in args.pages:
            continue
        window.show_page_module(module)
        if name in PREPARE:
            PREPARE[name](window.stack.currentWidget())
        for _ in range(5):
            app.processEvents()
        target = out / f"screen-{name}.png"
        window.grab().save(str(target))
        print(target)
    if args.pages:
        window.close()
        return 0
    if not args.projector_only:
        _restore_dialog(window, out)
        _tabs_and_hand_over(window, app, out)
    window.show_page_module("ui.pages.decisions")
    window.act_projector.trigger()
    window.projector.resize(1280, 720)
    for _ in range(5):
        app.processEvents()
    target = out / "screen-projector.png"
    window.projector.grab().save(str(target))
    print(target)
    window.show_page_module("ui.pages.map")
    for _ in range(5):
        app.processEvents()
    target = out / "screen-projector-map.png"
    window.projector.grab().save(str(target))
    print(target)
    window.close()
    return 0


# a page shown as a facilitator would look at it (a row selected)
PREPARE = {
    "followup": lambda page: page.actions_view.selectRow(1),
}


def _restore_dialog(window, out: Path) -> None:
    """File ▸ Restore from backup… with two backups (made on open and after an edit)."""
    from ui.restore_dialog import RestoreDialog
    from workshop.model import Person

    window.store.add(Person(first_name="สมศักดิ์", last_name="ใจงาม"))
    window.store.make_backup()
    dialog = RestoreDialog(window.store.list_backups(), window)
    dialog.table.selectRow(0)
    dialog.show()
    target = out / "screen-restore.png"
    dialog.grab().save(str(target))
    dialog.close()
    print(target)


def _tabs_and_hand_over(window, app, out: Path) -> None:
    """The Village plan tab (an action with its plan fields), the Paper tab, the hand-over
    options (File ▸ Hand over…) and the village plan table's first page (pdftoppm)."""
    import shutil
    import subprocess

    from ui.handover_options import HandOverOptions
    from ui.pages.actions import ActionsPage
    from ui.pages.priorities import PrioritiesPage
    from workshop.plan.output import write_plan

    def pump() -> None:
        for _ in range(5):
            app.processEvents()

    window.show_page_module("ui.pages.actions")
    page = window.findChildren(ActionsPage)[0]
    page.tabs.setCurrentWidget(page.plan_form)
    form = page.plan_form
    for i in range(form.action_combo.count()):       # the first action with a plan filled in
        form.action_combo.setCurrentIndex(i)
        if form.objective.toPlainText():
            break
    pump()
    window.grab().save(str(out / "screen-plan.png"))
    print(out / "screen-plan.png")
    window.show_page_module("ui.pages.priorities")
    page = window.findChildren(PrioritiesPage)[0]
    page.tabs.setCurrentWidget(page.paper)
    pump()
    window.grab().save(str(out / "screen-paperkit.png"))
    print(out / "screen-paperkit.png")
    dialog = HandOverOptions(window)
    dialog.show()
    pump()
    dialog.grab().save(str(out / "screen-handover.png"))
    dialog.close()
    print(out / "screen-handover.png")
    exe = shutil.which("pdftoppm")
    if exe:
        pdf = out / "plan-table.pdf"
        write_plan(window.store, window.ctx.meeting_id, pdf)
        subprocess.run([exe, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(out / "plan-table")], check=True)
        pdf.unlink()
        print(out / "plan-table.png")


if __name__ == "__main__":
    sys.exit(main())
