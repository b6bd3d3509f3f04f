// Nationalities, religious and political groups.

extension EntityRules {
  /// A lone nationality or group word the tagger called an organisation or place.
  func isGroupWord(_ mention: Mention) -> Bool {
    guard mention.end - mention.first == 1 else { return false }
    let bits = tokens[mention.first].gazetteer
    return bits & (GazetteerEntry.demonym | GazetteerEntry.group) != 0
      && bits & GazetteerEntry.place == 0
  }

  /// Nationalities, religious and political groups the tagger left alone: "Iranian",
  /// "Democrats", "South Koreans"; with an organisation's head after them, organisations
  /// ("Republican Party").
  func groups(covered: inout [Bool]) -> [Mention] {
    var found: [Mention] = []
    for paragraph in document.paragraphs {
      var i = paragraph.lowerBound
      while i < paragraph.upperBound {
        let bits = tokens[i].gazetteer
        guard !covered[i], tokens[i].written.isCapital,
          bits & (GazetteerEntry.demonym | GazetteerEntry.group | GazetteerEntry.groupPhrase) != 0
        else {
          i += 1
          continue
        }
        var end = i + 1
        if bits & GazetteerEntry.groupPhrase != 0 {
          while end < paragraph.upperBound && !covered[end]
            && tokens[end].gazetteer & GazetteerEntry.groupPhrase != 0
          {
            end += 1
          }
        }
        // A group word before an organisation's head names the organisation: "Republican Party".
        var type = EntityType.group
        if end < paragraph.upperBound && !covered[end] && tokens[end].written.isCapital
          && tokens[end].gazetteer & GazetteerEntry.orgHead != 0
        {
          end += 1
          type = .org
        }
        found.append(Mention(first: i, end: end, type: type))
        for k in i..<end { covered[k] = true }
        i = end
      }
    }
    return found
  }
}
