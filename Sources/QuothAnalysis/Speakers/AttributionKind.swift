/// How a quote came by its speaker: the kind of mention and the frame that gave it.
/// The speaker choice takes its frame as a feature; the trainer reports each kind's share right.
struct AttributionKind: Equatable {
  enum Frame: Int, CaseIterable {
    /// Its own attribution with a reporting verb ("said").
    case strongCue
    /// Its own attribution with a weak verb ("calls", "cited").
    case weakCue
    /// Its own attribution with no verb: a colon, a dash, a transcript label.
    case noCue
    /// The second part of a split quote.
    case split
    /// A new quote taken to be by the speaker of a quote before or after it.
    case sameSpeaker
    /// A quote running on from the paragraph before, or repeating an earlier one.
    case continues
    /// No reporting words: the subject of its sentence or of the sentence before.
    case subjectOnly
  }

  var mention: SpeakerMention.Kind
  /// A nominal taken for a name the article gives ("the newspaper" for the Harbour
  /// Gazette): right less often than one kept as it stands ("a harbour official").
  var isResolvedNominal = false
  var frame: Frame

  /// How many kinds there are (the trainer reports how often each was right).
  static let count = 4 * Frame.allCases.count

  /// The kind's place among them (and its mention kind times the number of frames).
  var index: Int {
    let mentionIndex =
      switch mention {
      case .name: 0
      case .pronoun: 1
      case .nominal: isResolvedNominal ? 3 : 2
      }
    return mentionIndex * Frame.allCases.count + frame.rawValue
  }

  /// The frame of an attribution of the quote's own.
  static func frame(of attribution: Attribution) -> Frame {
    if attribution.isSubjectOnly { return .subjectOnly }
    return attribution.cue == nil ? .noCue : attribution.isWeak ? .weakCue : .strongCue
  }
}
