"""Reporting layer: turns figures into text, markdown, JSON documents and plots (no pytest)."""
