extension RandomAccessCollection where Index == Int {
  /// The index of the first element for which `isAfter` is true, in a collection where
  /// every element for which it is false comes first (a binary search).
  @inline(__always)
  func partitionPoint(where isAfter: (Element) -> Bool) -> Int {
    var low = startIndex
    var high = endIndex
    while low < high {
      let middle = low + (high - low) / 2
      if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
