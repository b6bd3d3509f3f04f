import Testing

@testable import QuothAnalysis

/// The trainers' shuffle: the same seed gives the same orders, every order is a
/// permutation, and the generator carries on from one epoch to the next.
@Suite struct XorshiftShuffleTests {
  @Test func theSameSeedGivesTheSameOrdersEpochAfterEpoch() {
    var first = XorshiftShuffle(state: 0x2545_f491_4f6c_dd1d)
    var second = XorshiftShuffle(state: 0x2545_f491_4f6c_dd1d)
    var a = Array(0..<50)
    var b = Array(0..<50)
    var orders: [[Int]] = []
    for _ in 0..<3 {
      first.shuffle(&a)
      second.shuffle(&b)
      #expect(a == b)
      #expect(a.sorted() == Array(0..<50))
      orders.append(a)
    }
    // The state moved on: the second epoch's order is not the first's again.
    #expect(orders[1] != orders[0])
    #expect(first.state == second.state)
  }

  @Test func anotherSeedGivesAnotherOrder() {
    var first = XorshiftShuffle(state: 1)
    var second = XorshiftShuffle(state: 2)
    var a = Array(0..<50)
    var b = Array(0..<50)
    first.shuffle(&a)
    second.shuffle(&b)
    #expect(a != b)
    var single = [7]
    first.shuffle(&single)
    #expect(single == [7])
  }
}
