"""Qt Graphics View items and views for the issue board, the map and the problem tree."""
