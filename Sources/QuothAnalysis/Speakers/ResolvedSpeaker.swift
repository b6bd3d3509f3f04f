/// Who a mention refers to, once names, pronouns and nominals are resolved.
struct ResolvedSpeaker: Equatable {
  var name: String
  var type: EntityType?
  var description: String?
}
