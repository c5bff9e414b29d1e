"""The g40desk command: the editor by default, headless subcommands."""
