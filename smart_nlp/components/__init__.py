"""spaCy components and ``Doc`` extensions."""
