/// Who a mention refers to, once names, pronouns and nominals are resolved.
struct ResolvedSpeaker: Equatable {
  var name: String
  var type: EntityType?
  var description: String?
  var kind: SpeakerKind = .person
  /// How likely the resolution is right (a pronoun's antecedent); 1 for a name.
  var confidence = 1.0
}
