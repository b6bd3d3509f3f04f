import GRDB

/// The library's tables, one migration per schema version. A migration, once released,
/// never changes: a new version adds one (a library from any older version is brought
/// up to date when it opens). Tests keep a library of schema 1.
enum LibrarySchema {
  /// The identifiers of the migrations, oldest first: schema N is the first N applied.
  static let versions = ["schema-1", "schema-2", "schema-3"]

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    // Schema 1: articles with their content and analysis, speakers across articles
    // with the forms of their names, quotes, and full-text indexes.
    migrator.registerMigration(versions[0]) { db in
      try db.create(table: "article") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("source", .text).notNull().unique()
        t.column("url", .text)
        t.column("title", .text)
        t.column("site", .text)
        t.column("published", .text)
        t.column("byline", .text)
        t.column("format", .text).notNull()
        t.column("content", .text).notNull()
        t.column("analysis", .text).notNull()
        t.column("analysisVersion", .integer).notNull()
        t.column("quoteCount", .integer).notNull()
        t.column("speakerCount", .integer).notNull()
        t.column("added", .datetime).notNull()
        t.column("opened", .datetime)
      }
      try db.create(table: "speaker") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("name", .text).notNull()
        t.column("kind", .text).notNull()
        t.uniqueKey(["name", "kind"])
      }
      try db.create(table: "speakerForm") { t in
        t.belongsTo("speaker", onDelete: .cascade).notNull()
        t.column("form", .text).notNull().collate(.nocase).indexed()
        t.primaryKey(["speakerId", "form"])
      }
      try db.create(table: "quote") { t in
        t.autoIncrementedPrimaryKey("id")
        t.belongsTo("article", onDelete: .cascade).notNull()
        t.belongsTo("speaker", onDelete: .setNull)
        t.column("number", .integer).notNull()
        t.column("text", .text).notNull()
        t.column("start", .integer).notNull()
        t.column("confidence", .double)
      }
      // External-content indexes kept in step by triggers; an article's index is redone
      // only when its title or content changes, not its reading state.
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE articleSearch USING fts5(
            title, content, tokenize = 'unicode61', content = 'article', content_rowid = 'id');
          CREATE TRIGGER articleSearchInsert AFTER INSERT ON article BEGIN
            INSERT INTO articleSearch (rowid, title, content)
            VALUES (new.id, new.title, new.content);
          END;
          CREATE TRIGGER articleSearchDelete AFTER DELETE ON article BEGIN
            INSERT INTO articleSearch (articleSearch, rowid, title, content)
            VALUES ('delete', old.id, old.title, old.content);
          END;
          CREATE TRIGGER articleSearchUpdate AFTER UPDATE OF title, content ON article BEGIN
            INSERT INTO articleSearch (articleSearch, rowid, title, content)
            VALUES ('delete', old.id, old.title, old.content);
            INSERT INTO articleSearch (rowid, title, content)
            VALUES (new.id, new.title, new.content);
          END;
          CREATE VIRTUAL TABLE quoteSearch USING fts5(
            text, tokenize = 'unicode61', content = 'quote', content_rowid = 'id');
          CREATE TRIGGER quoteSearchInsert AFTER INSERT ON quote BEGIN
            INSERT INTO quoteSearch (rowid, text) VALUES (new.id, new.text);
          END;
          CREATE TRIGGER quoteSearchDelete AFTER DELETE ON quote BEGIN
            INSERT INTO quoteSearch (quoteSearch, rowid, text) VALUES ('delete', old.id, old.text);
          END;
          """)
    }
    // Schema 2: the reading state: where the reader left the article, read or unread,
    // starred. Articles opened under schema 1 count as read.
    migrator.registerMigration(versions[1]) { db in
      try db.alter(table: "article") { t in
        t.add(column: "position", .integer).notNull().defaults(to: 0)
        t.add(column: "unread", .boolean).notNull().defaults(to: true)
        t.add(column: "starred", .boolean).notNull().defaults(to: false)
      }
      try db.execute(sql: "UPDATE article SET unread = 0 WHERE opened IS NOT NULL")
    }
    // Schema 3: an article's content and analysis move to a table of their own, so that
    // the article rows the lists, searches and quotes read are small (with the text in
    // them, every row ran over several pages, and the columns after it were read through
    // them). The article index keeps no token positions (its searches are words, not
    // phrases) and is kept by `Library` (the text is in one table, the title in another).
    migrator.registerMigration(versions[2]) { db in
      try db.execute(
        sql: """
          CREATE TABLE articleBody (
            articleId INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            content TEXT NOT NULL,
            analysis TEXT NOT NULL);
          INSERT INTO articleBody (articleId, content, analysis)
            SELECT id, content, analysis FROM article;
          DROP TRIGGER articleSearchInsert;
          DROP TRIGGER articleSearchDelete;
          DROP TRIGGER articleSearchUpdate;
          DROP TABLE articleSearch;
          ALTER TABLE article DROP COLUMN content;
          ALTER TABLE article DROP COLUMN analysis;
          CREATE VIEW articleText AS
            SELECT article.id, article.title, articleBody.content
            FROM article JOIN articleBody ON articleBody.articleId = article.id;
          CREATE VIRTUAL TABLE articleSearch USING fts5(
            title, content, tokenize = 'unicode61', detail = column,
            content = 'articleText', content_rowid = 'id');
          INSERT INTO articleSearch (articleSearch) VALUES ('rebuild');
          DROP INDEX IF EXISTS quote_on_speakerId;
          CREATE INDEX quoteBySpeaker ON quote (speakerId, articleId, number, text, start, confidence);
          """)
    }
    return migrator
  }
}
