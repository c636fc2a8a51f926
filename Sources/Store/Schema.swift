/// The store's tables, documented for other tools in docs/store.md (a test keeps the two in
/// step). Offsets are 1-based byte offsets into the clean text (`texts.text` unpacked), as in Lua; money is an exact
/// integer in `numbers.value` when it is whole.
enum Schema {
    /// Raised whenever a table or column changes meaning; a store of another version is not read.
    static let version = 5

    /// A table of one kind of record: its article and its number among the article's records
    /// of that kind, then its columns. One table per kind, its fields as columns: other tools
    /// read plain rows, and a kind read back is made from its columns without parsing.
    private static func recordTable(_ table: RecordTable) -> String {
        let lines = ["article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE", "number INTEGER NOT NULL"]
            + columns(of: table) + ["PRIMARY KEY (article, number)"]
        return "CREATE TABLE \(table.rawValue) (\n" + lines.map { "  " + $0 }.joined(separator: ",\n") + ") WITHOUT ROWID"
    }

    /// Each kind of record's columns after its article and number, with their types; the
    /// writer and the reader take them in this order (`RecordTable.columns`).
    static func columns(of table: RecordTable) -> [String] {
        // extraction gives titles, roles and an org only to people, and a kind and a place only to organisations
        switch table {
        case .numbers: ["kind TEXT NOT NULL", "text TEXT NOT NULL", "offset INTEGER NOT NULL", "value INTEGER", "exact TEXT", "min TEXT",
                        "max TEXT", "approx TEXT", "unit TEXT NOT NULL", "currency TEXT", "label TEXT"]
        case .dates: ["kind TEXT NOT NULL", "text TEXT NOT NULL", "offset INTEGER NOT NULL", "value TEXT", "until TEXT",
                      "precision TEXT NOT NULL", "year INTEGER", "month INTEGER", "day INTEGER"]
        case .places: ["text TEXT NOT NULL", "offset INTEGER NOT NULL", "name TEXT NOT NULL", "level TEXT NOT NULL", "kind TEXT",
                       "province TEXT", "city TEXT", "county TEXT", "code TEXT", "ambiguous INTEGER NOT NULL", "within TEXT"]
        case .people: nameColumns + ["titles TEXT NOT NULL", "roles TEXT NOT NULL", "org TEXT"]
        case .orgs: nameColumns + ["kind TEXT", "place TEXT"]
        case .terms: nameColumns
        }
    }

    /// What people, organisations and terms share: one row per name, for all its mentions.
    private static let nameColumns = ["name TEXT NOT NULL", "offset INTEGER", "mentions INTEGER NOT NULL", "offsets TEXT NOT NULL",
                                      "forms TEXT"]

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
          id INTEGER PRIMARY KEY AUTOINCREMENT,
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
          size INTEGER NOT NULL,
          text BLOB NOT NULL,
          sentences BLOB NOT NULL,
          raw BLOB NOT NULL)
        """,
    ] + RecordTable.allCases.map(recordTable) + [
        // every kind in one view, for questions across kinds and for the queries of schema 1
        """
        CREATE VIEW records (article, kind, number, text, name, offset, value, unit) AS
          SELECT article, 'numbers', number, text, label, offset, value, coalesce(currency, unit) FROM numbers
          UNION ALL SELECT article, 'dates', number, text, value, offset, NULL, NULL FROM dates
          UNION ALL SELECT article, 'places', number, text, name, offset, NULL, NULL FROM places
          UNION ALL SELECT article, 'people', number, name, name, offset, NULL, NULL FROM people
          UNION ALL SELECT article, 'orgs', number, name, name, offset, NULL, NULL FROM orgs
          UNION ALL SELECT article, 'terms', number, name, name, offset, NULL, NULL FROM terms
        """,
        """
        CREATE TABLE search_segments (
          id INTEGER PRIMARY KEY,
          articles BLOB NOT NULL,
          lengths BLOB NOT NULL,
          firsts BLOB NOT NULL,
          pairs INTEGER NOT NULL)
        """,
        """
        CREATE TABLE search_pairs (
          id INTEGER PRIMARY KEY,
          pairs BLOB NOT NULL)
        """,
        """
        CREATE TABLE warnings (
          file INTEGER REFERENCES files(id) ON DELETE CASCADE,
          path TEXT NOT NULL,
          line INTEGER,
          message TEXT NOT NULL)
        """,
        "CREATE INDEX articles_file ON articles(file)",
        "CREATE INDEX warnings_file ON warnings(file)",
    ]
}
