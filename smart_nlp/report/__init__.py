"""Renderings of analyses: terminal (rich) now; documents reports build on it."""
