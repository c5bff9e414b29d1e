from g40desk.cli.commands import main

raise SystemExit(main())
