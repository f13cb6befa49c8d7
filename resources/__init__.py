"""Files that ship with Prachakhom: fonts (Sarabun, SIL OFL), translations (``*.qm``), icons,
the demo map, the desktop entry.  A package only so that ``importlib.resources`` finds it beside
``workshop`` and ``ui`` — in a checkout, in an installed ``prachakhom`` and in the bundle; look
files up with :func:`workshop.paths.resource`."""
