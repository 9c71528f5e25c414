"""Who funds whom: roles on money mentions (``roles``) and the flows built from them (``flows``)."""

from nlds_nlp.relations.flows import build_flows
from nlds_nlp.relations.roles import assign_roles
from nlds_nlp.relations.segment import sentences

__all__ = ["assign_roles", "build_flows", "sentences"]
