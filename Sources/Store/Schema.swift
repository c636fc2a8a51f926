/// The store's tables, documented for other tools in docs/store.md (a test keeps the two in
/// step). Offsets are 1-based byte offsets into `texts.text`, as in Lua; money is an exact
/// integer in `records.value` when it is whole.
enum Schema {
    /// Raised whenever a table or column changes meaning; a store of another version is not read.
    static let version = 1

    static let tables = [
        """
        CREATE TABLE meta (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL)
        """,
        """
        CREATE TABLE files (
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL UNIQUE,
          size INTEGER NOT NULL,
          modified INTEGER NOT NULL,
          hash TEXT,
          bytes INTEGER NOT NULL,
          skipped TEXT)
        """,
        """
        CREATE TABLE articles (
          id INTEGER PRIMARY KEY,
          file INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
          line INTEGER,
          key TEXT NOT NULL,
          title TEXT NOT NULL,
          subtitle TEXT,
          date TEXT,
          date_source TEXT,
          date_precision TEXT,
          source TEXT,
          url TEXT,
          place TEXT,
          encoding TEXT NOT NULL,
          replaced_bytes INTEGER NOT NULL,
          metadata TEXT NOT NULL,
          hash TEXT NOT NULL)
        """,
        // the texts apart, so that reading the articles (opening a store) reads small rows
        """
        CREATE TABLE texts (
          article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
          raw TEXT NOT NULL,
          text TEXT NOT NULL)
        """,
        """
        CREATE TABLE records (
          article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          kind TEXT NOT NULL,
          number INTEGER NOT NULL,
          text TEXT NOT NULL,
          name TEXT,
          offset INTEGER,
          value INTEGER,
          unit TEXT,
          fields TEXT NOT NULL,
          PRIMARY KEY (article, kind, number)) WITHOUT ROWID
        """,
        """
        CREATE TABLE warnings (
          file INTEGER REFERENCES files(id) ON DELETE CASCADE,
          path TEXT NOT NULL,
          line INTEGER,
          message TEXT NOT NULL)
        """,
        "CREATE INDEX articles_file ON articles(file)",
        "CREATE INDEX records_kind_name ON records(kind, name)",
        "CREATE INDEX warnings_file ON warnings(file)",
    ]
}
