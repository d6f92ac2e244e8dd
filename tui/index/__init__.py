"""The library index: every article under some folders in one SQLite file, searchable.

`record` turns one file into what the index keeps (a pure function of its bytes: title, lead,
text, the default summary, the people and their roles), `build` walks the folders and feeds the
records to the one writer, `store` owns the file (schema, WAL, the lock, a corrupt file set
aside), `query` answers `search` and `who`. No Textual here.
"""
