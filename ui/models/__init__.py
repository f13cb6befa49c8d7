"""Qt item models: thin adapters over lists of workshop records.

They hold plain Python objects, never run SQL and never write: a page reads records through
the workshop layer, hands them to a model with ``set_...()``, and turns edit requests (the
models' signals) into undo commands.
"""
