from g40desk.cli import main

raise SystemExit(main())
