"""Audit of a whole strategy document."""
