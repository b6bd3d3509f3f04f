/// Rules applied to the tagger's mentions.
struct EntityRules {
  let document: EntityDocument
  let scalars: UnsafeBufferPointer<Unicode.Scalar>

  func refine(_ mentions: [Mention]) -> [Mention] {
    mentions
  }
}
