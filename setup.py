"""Package layout for setuptools (the rest of the configuration is in pyproject.toml).

The checkout's ``main.py``, ``workshop/``, ``ui/`` and ``resources/`` are installed as ONE
package, ``prachakhom``, laid out exactly as in the checkout::

    site-packages/prachakhom/main.py
    site-packages/prachakhom/workshop/...
    site-packages/prachakhom/ui/...
    site-packages/prachakhom/resources/...   (fonts, translations, icons, demo map)
    site-packages/prachakhom/LICENSE

so nothing named ``main``, ``ui`` or ``workshop`` lands at the top of site-packages.  The code
keeps its absolute imports (``from workshop import x``): the ``prachakhom`` command runs
``prachakhom.main:main``, which puts its own folder first on ``sys.path`` (see ``main.py``).
The sub-packages are listed here, not in pyproject.toml, so that a new one (``workshop/store/``)
is picked up without anyone editing the packaging.
"""
from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

APP_PACKAGES = find_packages(include=["workshop", "workshop.*", "ui", "ui.*", "resources"])


class BuildPy(build_py):
    """The checkout's root is the ``prachakhom`` package: of its modules only main.py ships
    (not this file)."""

    def find_package_modules(self, package, package_dir):
        modules = super().find_package_modules(package, package_dir)
        if package == "prachakhom":
            modules = [m for m in modules if m[1] == "main"]
        return modules


setup(
    package_dir={"prachakhom": "."},
    packages=["prachakhom", *(f"prachakhom.{name}" for name in APP_PACKAGES)],
    # Everything under resources/ ships except the translation sources (the .qm do);
    # tests/install checks the wheel against the checkout.
    package_data={"prachakhom": ["LICENSE"], "prachakhom.resources": ["**/*"]},
    exclude_package_data={"prachakhom.resources": ["**/*.ts", "**/__pycache__/*"]},
    include_package_data=False,
    cmdclass={"build_py": BuildPy},
)
