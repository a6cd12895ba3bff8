"""Language data: French word lists live in ``lang/fr/*.yaml``, not in code."""
