-- A quoth library of schema 1 (the first release of the library), kept to test that
-- every later schema migrates it. Two articles written for the tests, analysed by an
-- older analysis (version 0): the goat article opened once, with one of its two quotes
-- found; the tram article never opened, its quotes not found.
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES ('schema-1');
CREATE TABLE IF NOT EXISTS "article" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "source" TEXT NOT NULL UNIQUE, "url" TEXT, "title" TEXT, "site" TEXT, "published" TEXT, "byline" TEXT, "format" TEXT NOT NULL, "content" TEXT NOT NULL, "analysis" TEXT NOT NULL, "analysisVersion" INTEGER NOT NULL, "quoteCount" INTEGER NOT NULL, "speakerCount" INTEGER NOT NULL, "added" DATETIME NOT NULL, "opened" DATETIME);
CREATE TABLE IF NOT EXISTS "speaker" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL, "kind" TEXT NOT NULL, UNIQUE ("name", "kind"));
CREATE TABLE IF NOT EXISTS "speakerForm" ("speakerId" INTEGER NOT NULL REFERENCES "speaker"("id") ON DELETE CASCADE, "form" TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY ("speakerId", "form"));
CREATE INDEX "speakerForm_on_speakerId" ON "speakerForm"("speakerId");
CREATE INDEX "speakerForm_on_form" ON "speakerForm"("form");
CREATE TABLE IF NOT EXISTS "quote" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "articleId" INTEGER NOT NULL REFERENCES "article"("id") ON DELETE CASCADE, "speakerId" INTEGER REFERENCES "speaker"("id") ON DELETE SET NULL, "number" INTEGER NOT NULL, "text" TEXT NOT NULL, "start" INTEGER NOT NULL, "confidence" DOUBLE);
CREATE INDEX "quote_on_articleId" ON "quote"("articleId");
CREATE INDEX "quote_on_speakerId" ON "quote"("speakerId");
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
INSERT INTO article (id, source, url, title, site, published, byline, format, content, analysis, analysisVersion, quoteCount, speakerCount, added, opened) VALUES
  (1, '/home/reader/news/goats.txt', NULL, 'Goats return to the hill', NULL, NULL, NULL, 'text', 'Goats return to the hill

The goats came back to Kettle Hill on Sunday after a winter in the valley.

“The goats know the way,” said Ada Okafor, a shepherd. “We only open the gate.”

Okafor said the flock had grown to forty animals.
', '{"schema":2,"source":"/home/reader/news/goats.txt","format":"text","title":"Goats return to the hill","byline":null,"date":null,"siteName":null,"url":null,"lang":null,"body":{"start":0,"end":232},"paragraphs":[{"start":0,"end":24,"kind":"title"},{"start":26,"end":100,"kind":"body"},{"start":102,"end":181,"kind":"body"},{"start":183,"end":232,"kind":"body"}],"entities":[{"start":49,"end":60,"text":"Kettle Hill","type":"PLACE","canonical":"Kettle Hill"},{"start":64,"end":70,"text":"Sunday","type":"DATE","canonical":"Sunday"},{"start":133,"end":143,"text":"Ada Okafor","type":"PERSON","canonical":"Ada Okafor"},{"start":183,"end":189,"text":"Okafor","type":"PERSON","canonical":"Ada Okafor"}],"quotes":[{"id":1,"spans":[[102,127]],"text":"“The goats know the way,”","speaker":"Ada Okafor","speakerType":"PERSON","speakerKind":"person","speakerConfidence":0.94,"mention":{"start":133,"end":143,"text":"Ada Okafor"},"cue":{"start":128,"end":132,"text":"said"},"repeatOf":null}],"speakers":[{"name":"Ada Okafor","type":"PERSON","description":"a shepherd","quotes":1,"words":5}]}', 0, 1, 1, '2025-05-02 08:00:00.000', '2025-05-02 08:05:00.000'),
  (2, '/home/reader/news/tram.txt', NULL, 'Tram line opens', NULL, NULL, NULL, 'text', 'Tram line opens

The new tram line to the harbour opened on Friday.

“It took eleven years,” said Ada Okafor, who campaigned for it. “Worth every one.”
', '{"schema":2,"source":"/home/reader/news/tram.txt","format":"text","title":"Tram line opens","byline":null,"date":null,"siteName":null,"url":null,"lang":null,"body":{"start":0,"end":151},"paragraphs":[{"start":0,"end":15,"kind":"title"},{"start":17,"end":67,"kind":"body"},{"start":69,"end":151,"kind":"body"}],"entities":[{"start":60,"end":66,"text":"Friday","type":"DATE","canonical":"Friday"},{"start":98,"end":108,"text":"Ada Okafor","type":"PERSON","canonical":"Ada Okafor"}],"quotes":[],"speakers":[]}', 0, 0, 0, '2025-05-03 09:00:00.000', NULL);
INSERT INTO speaker (id, name, kind) VALUES (1, 'Ada Okafor', 'person');
INSERT INTO speakerForm (speakerId, form) VALUES (1, 'Ada Okafor'), (1, 'Okafor');
INSERT INTO quote (id, articleId, speakerId, number, text, start, confidence) VALUES (1, 1, 1, 1, '“The goats know the way,”', 102, 0.9);
