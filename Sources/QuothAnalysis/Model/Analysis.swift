/// The type of a named entity. Consumers ignore types they do not know.
public enum EntityType: String, Sendable, Codable, CaseIterable {
  case person = "PERSON"
  case org = "ORG"
  case place = "PLACE"
  case group = "GROUP"
  case date = "DATE"
}

/// A mention of a named entity, linked to the fullest form the article uses.
public struct Entity: Hashable, Sendable, Codable {
  public var start: Int
  public var end: Int
  public var text: String
  public var type: EntityType
  public var canonical: String
  /// Found in a boilerplate paragraph (a caption, an embed), not in the story.
  public var outsideStory = false

  public init(start: Int, end: Int, text: String, type: EntityType, canonical: String) {
    self.start = start
    self.end = end
    self.text = text
    self.type = type
    self.canonical = canonical
  }

  public var range: TextRange { TextRange(start, end) }
}

/// What a quote's speaker is: a named person, a named organisation, or someone the
/// article only describes ("a White House official").
public enum SpeakerKind: String, Hashable, Sendable, Codable, CaseIterable {
  case person, organisation, unnamed
}

/// A quotation and, where the article says, who said it.
public struct Quote: Hashable, Sendable, Codable {
  /// Below this `speakerConfidence` the reader marks a speaker as uncertain.
  public static let uncertainBelow = 0.6

  /// 1-based position of the quote in reading order.
  public var id: Int
  /// Each quoted region, quote marks included, in reading order.
  public var spans: [TextRange]
  /// The quoted regions joined with " … ".
  public var text: String
  /// The canonical speaker name, or nil when the article does not say.
  public var speaker: String?
  public var speakerType: EntityType?
  /// Person, organisation or unnamed; nil when there is no speaker.
  public var speakerKind: SpeakerKind?
  /// How likely the speaker is right, 0–1 (of quotes at 0.9, about nine in ten are).
  public var speakerConfidence: Double?
  /// The words near the quote that name the speaker ("he", "Marsh", "the Kremlin").
  public var mention: TextSpan?
  /// The reporting verb or phrase.
  public var cue: TextSpan?
  /// The id of an earlier quote this one repeats word for word.
  public var repeatOf: Int?
  /// Found in a boilerplate paragraph (a caption, an embed), not in the story.
  public var outsideStory = false

  public init(
    id: Int, spans: [TextRange], text: String, speaker: String? = nil,
    speakerType: EntityType? = nil, speakerKind: SpeakerKind? = nil,
    speakerConfidence: Double? = nil, mention: TextSpan? = nil, cue: TextSpan? = nil,
    repeatOf: Int? = nil
  ) {
    self.speakerKind = speakerKind
    self.speakerConfidence = speakerConfidence
    self.id = id
    self.spans = spans
    self.text = text
    self.speaker = speaker
    self.speakerType = speakerType
    self.mention = mention
    self.cue = cue
    self.repeatOf = repeatOf
  }

  /// Whether the quote has a speaker the analysis is unsure of.
  public var hasUncertainSpeaker: Bool {
    speaker != nil && (speakerConfidence ?? 1) < Quote.uncertainBelow
  }

  /// From the start of the first span to the end of the last.
  public var extent: TextRange { TextRange(spans.first?.start ?? 0, spans.last?.end ?? 0) }
}

/// Someone the article quotes, with how much.
public struct Speaker: Hashable, Sendable, Codable {
  public var name: String
  public var type: EntityType?
  /// What the article says the speaker is ("a visiting scholar at …").
  public var description: String?
  public var quotes: Int
  public var words: Int

  public init(name: String, type: EntityType?, description: String?, quotes: Int, words: Int) {
    self.name = name
    self.type = type
    self.description = description
    self.quotes = quotes
    self.words = words
  }
}

/// Everything quoth finds in one article.
public struct Analysis: Hashable, Sendable {
  public var article: Article
  public var entities: [Entity]
  public var quotes: [Quote]
  public var speakers: [Speaker]

  public init(article: Article, entities: [Entity], quotes: [Quote], speakers: [Speaker]) {
    self.article = article
    self.entities = entities
    self.quotes = quotes
    self.speakers = speakers
  }
}
