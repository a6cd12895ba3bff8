"""Extractors: one module per dimension, pure functions over (text, folded text).

They know nothing of spaCy so they can be tested alone; ``components.goal`` runs
them inside a spaCy pipeline and stores their spans on the ``Doc``.
"""
