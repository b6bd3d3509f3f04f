import Testing

@testable import QuothAnalysis

@Suite struct HashKeyedTableTests {
  /// Keys that share their low bits, so that they land on one slot and probe past each other.
  let crowded: [UInt64] = (0..<40).map { UInt64($0) << 40 | 0x2a }

  @Test func keepsEveryKeyThroughGrowthAndCollisions() {
    var table = HashKeyedTable<Int>(capacity: 2)
    for (index, key) in crowded.enumerated() { table[key] = index }
    table[0] = -1
    #expect(table.count == crowded.count + 1)
    for (index, key) in crowded.enumerated() { #expect(table[key] == index) }
    #expect(table[0] == -1)
    #expect(table[0x2b] == nil)
    #expect(!table.contains(1 << 40 | 0x2b))
  }

  @Test func replacesAndUpdatesValuesInPlace() {
    var table = HashKeyedTable<[String]>()
    table.update(7, default: []) { $0.append("first") }
    table.update(7, default: ["unused"]) { $0.append("second") }
    table[9] = ["nine"]
    table[9] = ["nine again"]
    #expect(table[7] == ["first", "second"])
    #expect(table[9] == ["nine again"])
    #expect(table.count == 2)
    var seen: [UInt64: Int] = [:]
    table.updateAll { key, words in
      words.reverse()
      seen[key] = words.count
    }
    #expect(seen == [7: 2, 9: 1])
    #expect(table[7] == ["second", "first"])
  }

  @Test func setHoldsWhatWasInserted() {
    var set = HashSet64()
    #expect(!set.contains(crowded[0]))
    for key in crowded where key & (1 << 40) == 0 { set.insert(key) }
    #expect(crowded.allSatisfy { set.contains($0) == ($0 & (1 << 40) == 0) })
  }
}
