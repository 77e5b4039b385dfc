"""The safety banner: stays on top of the interview while an alert is active."""

from __future__ import annotations

from textual.widgets import Static


class SafetyBanner(Static):
    """Shown while the engine reports an active alert; hidden otherwise."""

    _shown = ""

    def show_alerts(self, alerts: list[str]) -> None:
        """Show these alert texts, or hide the banner when there are none."""
        text = "\n".join(f"⚠ {alert}" for alert in alerts)
        if text == self._shown:  # most turns: nothing changed, so no relayout
            return
        self._shown = text
        self.display = bool(alerts)
        self.update(text)
