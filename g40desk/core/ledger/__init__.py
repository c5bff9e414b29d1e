"""The ledger: where each ask stands, derived read-only from the packs in shared folders."""
