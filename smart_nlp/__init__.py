"""smart_nlp: analyse French marketing goals against the SMART criteria."""
from .analysis import Analysis
from .analyzer import Analyzer, GoalInput, analyze, analyze_many
from .errors import SmartNLPError

__all__ = ["Analysis", "Analyzer", "GoalInput", "SmartNLPError", "analyze", "analyze_many", "track"]
__version__ = "0.1.0"


def track(goal, measurements, ref_date=None, model=None):
    """Follow a goal (its text or its ``Analysis``) against measurements: see ``smart_nlp.tracking.track``.

    Imported on first use, so that ``import smart_nlp`` stays light for one-goal analyses."""
    from .tracking import track as run

    return run(goal, measurements, ref_date=ref_date, model=model)
