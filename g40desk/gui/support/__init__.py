"""Support for every panel: the notifier, jobs, labels, layout, settings, widgets."""
