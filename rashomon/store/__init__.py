"""Storage behind one interface. SQLite now; a PostgreSQL backend plugs in beside it."""

from rashomon.store.base import Store, default_db_path, mention_id, open_store

__all__ = ["Store", "default_db_path", "mention_id", "open_store"]
