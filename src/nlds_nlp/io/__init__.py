"""Readers of input documents and atomic writers of outputs."""
