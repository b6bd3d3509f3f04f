/// Names stored once each and referred to by number (the canonical names of entities,
/// the speakers of quotes), so a table's rows hold a number instead of a string.
struct NameNumbers: Hashable, Sendable {
  /// The names, in the order first numbered.
  private(set) var names: [String] = []
  /// The number of each name, while names are added (`finish` lets go of it).
  private var numbers: [String: UInt32] = [:]

  var count: Int { names.count }

  subscript(number: UInt32) -> String { names[Int(number)] }

  /// The number of `name`, given it the first time it is met.
  mutating func number(of name: String) -> UInt32 {
    if numbers.isEmpty && !names.isEmpty {
      for (number, name) in names.enumerated() { numbers[name] = UInt32(number) }
    }
    if let number = numbers[name] { return number }
    let number = UInt32(names.count)
    names.append(name)
    numbers[name] = number
    return number
  }

  /// The number of a name already numbered, nil for any other.
  func existingNumber(of name: String) -> UInt32? {
    numbers[name] ?? names.firstIndex(of: name).map(UInt32.init)
  }

  /// Lets go of what only numbering new names needs (a folder holds thousands of tables).
  mutating func finish() {
    numbers = [:]
  }

  static func == (a: NameNumbers, b: NameNumbers) -> Bool { a.names == b.names }
  func hash(into hasher: inout Hasher) { hasher.combine(names) }
}
