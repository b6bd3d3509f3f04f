/// The quotes the pane shows and J/K visit, in reading order, as positions in the
/// article's quotes: every quote, or those of the filtered speaker. Every quote is a
/// range, not a list: an article with a million quotes does not copy one per keystroke.
public struct VisibleQuotes: RandomAccessCollection, Equatable, Sendable {
  private let total: Int
  /// The positions shown when filtered (ascending); nil: all `total`.
  private let filtered: [Int]?

  /// Every one of `count` quotes.
  init(all count: Int) {
    total = count
    filtered = nil
  }

  /// Only the quotes at `positions`, which ascend.
  init(_ positions: [Int]) {
    total = positions.count
    filtered = positions
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { total }

  public subscript(index: Int) -> Int { filtered?[index] ?? index }

  /// Where quote `position` is in the list; nil when it is not shown.
  public func firstIndex(of position: Int) -> Int? {
    guard let filtered else { return position >= 0 && position < total ? position : nil }
    var low = 0
    var high = filtered.count
    while low < high {
      let mid = (low + high) / 2
      if filtered[mid] < position { low = mid + 1 } else { high = mid }
    }
    return low < filtered.count && filtered[low] == position ? low : nil
  }

  /// Whether quote `position` is shown.
  public func contains(_ position: Int) -> Bool { firstIndex(of: position) != nil }
}
