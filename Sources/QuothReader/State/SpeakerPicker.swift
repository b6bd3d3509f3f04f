/// One line of the speaker picker (`s`).
public struct SpeakerPickerEntry: Hashable, Sendable {
  /// nil: every speaker.
  public var name: String?
  public var count: Int
  public var color: Int?
  /// The speaker's every quote is attributed with low confidence.
  public var isUncertain = false
}

extension ReaderState {
  /// What the picker offers for its query: every speaker (when nothing is typed) and
  /// the speakers whose names contain the query, with their quote counts.
  public var pickerEntries: [SpeakerPickerEntry] {
    let query = picker?.query.lowercased() ?? ""
    var entries: [SpeakerPickerEntry] = []
    if mode == .list {
      // Across the articles: each speaker with the number of articles quoting them.
      if query.isEmpty {
        entries.append(SpeakerPickerEntry(name: nil, count: articles.count, color: nil))
      }
      for (rank, speaker) in listSpeakerCounts.enumerated()
      where query.isEmpty || speaker.name.lowercased().contains(query) {
        entries.append(
          SpeakerPickerEntry(name: speaker.name, count: speaker.articles, color: rank))
      }
      return entries
    }
    if query.isEmpty {
      entries.append(SpeakerPickerEntry(name: nil, count: document.quotes.count, color: nil))
    }
    for speaker in document.speakers
    where query.isEmpty || speaker.name.lowercased().contains(query) {
      entries.append(
        SpeakerPickerEntry(
          name: speaker.name, count: speaker.quotes, color: speaker.color,
          isUncertain: speaker.isUncertain))
    }
    return entries
  }
}

extension ReaderDocument {
  /// The speaker a typed name means: an exact name, else the first that contains it.
  func speaker(matching typed: String) -> String? {
    let lower = typed.lowercased()
    return speakers.first { $0.name.lowercased() == lower }?.name
      ?? speakers.first { $0.name.lowercased().contains(lower) }?.name
  }
}
