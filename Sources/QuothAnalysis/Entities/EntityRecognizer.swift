/// Finds the people, organisations, places, groups and dates of an article and links
/// every mention to the fullest form the article uses.
///
/// An averaged-perceptron tagger (greedy, BILOU labels) finds PERSON, ORG and PLACE;
/// rules and gazetteers find GROUP and DATE, keep titles out of names and make the
/// labels of the same string agree across the article. Only title, heading and body
/// paragraphs are read.
public struct EntityRecognizer: Sendable {
  /// The recogniser with the bundled model, loaded once.
  public static let shared = EntityRecognizer()

  let model: EntityModel?
  /// Why the bundled model could not be loaded (the recogniser then uses rules only).
  public let modelProblem: String?

  /// Loads the bundled model.
  public init() {
    (model, modelProblem) = EntityModelLocation.loadModel()
    appliesRules = true
  }

  /// Whether the rules run after the tagger (off: the tagger's own output, for measuring it).
  let appliesRules: Bool

  package init(model: EntityModel, appliesRules: Bool = true) {
    self.model = model
    self.modelProblem = nil
    self.appliesRules = appliesRules
  }

  /// The entities of the article's title, heading and body paragraphs, in text order.
  public func entities(in article: Article) -> [Entity] {
    let scalars = Array(article.text.unicodeScalars)
    let ranges = article.paragraphs.filter { [.title, .heading, .body].contains($0.kind) }.map(
      \.range)
    return scalars.withUnsafeBufferPointer { entities(scalars: $0, paragraphs: ranges) }
  }

  /// The entities of the given paragraphs of a text.
  package func entities(scalars: UnsafeBufferPointer<Unicode.Scalar>, paragraphs: [TextRange])
    -> [Entity]
  {
    // Token offsets are 32-bit: a text of two billion scalars is no article.
    guard scalars.count < Int(Int32.max) else { return [] }
    let gazetteer = model?.gazetteer ?? Gazetteer(capacity: 0)
    let document = EntityDocument(scalars: scalars, paragraphs: paragraphs, gazetteer: gazetteer)
    var mentions: [Mention] = []
    if let model {
      var labels = [UInt8](repeating: 0, count: document.tokens.count)
      document.tokens.withUnsafeBufferPointer { tokens in
        for range in document.paragraphs {
          model.tag(tokens, range: range, labels: &labels)
          for (first, end, type) in EntityDocument.spans(labels, in: range) {
            mentions.append(Mention(first: first, end: end, type: EntityLabel.types[type]))
          }
        }
      }
    }
    if appliesRules {
      mentions = EntityRules(document: document, scalars: scalars).refine(mentions)
    }
    return EntityClusters.entities(mentions, document: document, scalars: scalars)
  }
}

/// An entity found in the token sequence: tokens `first..<end`.
struct Mention {
  var first: Int
  var end: Int
  var type: EntityType
}
