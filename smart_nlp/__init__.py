"""smart_nlp: analyse French marketing goals against the SMART criteria."""
from .analysis import Analysis
from .analyzer import Analyzer, GoalInput, analyze, analyze_many
from .errors import SmartNLPError

__all__ = ["Analysis", "Analyzer", "GoalInput", "SmartNLPError", "analyze", "analyze_many"]
__version__ = "0.1.0"
