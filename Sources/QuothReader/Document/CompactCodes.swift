import QuothAnalysis

/// One-byte codes for the kinds the compact tables store (`allCases` builds a new
/// array each time it is read: these are read once).
enum CompactCodes {
  static let entityTypes = EntityType.allCases
  static let paragraphKinds = ParagraphKind.allCases

  static func code(_ type: EntityType) -> UInt8 {
    UInt8(entityTypes.firstIndex(of: type)!)
  }

  static func code(_ kind: ParagraphKind) -> UInt8 {
    UInt8(paragraphKinds.firstIndex(of: kind)!)
  }
}
