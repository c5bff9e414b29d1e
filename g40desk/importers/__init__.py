"""Readers of Office files the user brings in: agendas from Word, matrices back from Excel."""
