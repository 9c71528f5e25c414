"""nlds_nlp."""
