"""What the forum feeds: plan fields of actions and the village plan table.

* :mod:`.fields` — the plan fields of an action, fiscal years, :func:`~.fields.set_plan`;
* :mod:`.table` — the village plan table's rows, groups and totals (:func:`~.table.build_plan`);
* :mod:`.pdf` and :mod:`.xlsx` — the table as landscape A4 PDF and as an Excel workbook.
"""
