/// The paragraphs of an article, packed into one byte array.
///
/// A file of a million one-letter lines is a million paragraphs in two megabytes, and an
/// array of `Paragraph` (12 bytes each) would be six times the file. Here a paragraph is
/// two variable-length numbers: how far its start lies from the previous paragraph's
/// start, and its length with its kind in the low three bits; a short line takes two
/// bytes. Every 32nd paragraph opens a block whose start and byte position are kept, so
/// reading one paragraph decodes at most 32, and going through them in order decodes each
/// once. Paragraphs may come in any order and overlap; an `end` before a `start` is kept.
public struct ParagraphList: Hashable, Sendable {
  /// Paragraphs per block.
  static let blockSize = 32

  private var bytes: [UInt8] = []
  /// Per block: the start of its first paragraph, whose start is not in `bytes`.
  private var blockStarts: [UInt32] = []
  /// Per block: where its first paragraph's bytes begin.
  private var blockOffsets: [Int] = []
  /// The start of the last paragraph, for the next one appended.
  private var lastStart = 0
  public private(set) var count = 0

  public init() {}

  /// The bytes the list keeps (not counting spare capacity).
  public var storedBytes: Int {
    bytes.count + blockStarts.count * MemoryLayout<UInt32>.size + blockOffsets.count
      * MemoryLayout<Int>.size
  }

  /// Writes `paragraph` after the others.
  public mutating func append(_ paragraph: Paragraph) {
    if count % Self.blockSize == 0 {
      blockStarts.append(UInt32(paragraph.start))
      blockOffsets.append(bytes.count)
    } else {
      Self.write(zigzag(paragraph.start - lastStart), to: &bytes)
    }
    Self.write(zigzag(paragraph.end - paragraph.start) << 3 | paragraph.kind.code, to: &bytes)
    lastStart = paragraph.start
    count += 1
  }

  /// Makes room for `capacity` paragraphs of a few scalars each.
  public mutating func reserveCapacity(_ capacity: Int) {
    bytes.reserveCapacity(2 * capacity)
    blockStarts.reserveCapacity(capacity / Self.blockSize + 1)
    blockOffsets.reserveCapacity(capacity / Self.blockSize + 1)
  }

  /// The paragraphs of block `block`.
  private func paragraphs(ofBlock block: Int) -> [Paragraph] {
    var iterator = Iterator(self, from: block * Self.blockSize)
    return (0..<Swift.min(Self.blockSize, count - block * Self.blockSize)).map { _ in
      iterator.next()!
    }
  }

  private func zigzag(_ value: Int) -> UInt64 {
    UInt64(bitPattern: Int64(value << 1 ^ value >> (Int.bitWidth - 1)))
  }

  /// LEB128: seven bits a byte, the high bit set on every byte but the last.
  private static func write(_ value: UInt64, to bytes: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }
}

extension ParagraphList: RandomAccessCollection, MutableCollection, RangeReplaceableCollection {
  public var startIndex: Int { 0 }
  public var endIndex: Int { count }

  public subscript(position: Int) -> Paragraph {
    get {
      precondition(position >= 0 && position < count, "paragraph index out of range")
      var iterator = Iterator(self, from: position - position % Self.blockSize)
      for _ in 0..<position % Self.blockSize { _ = iterator.next() }
      return iterator.next()!
    }
    set {
      precondition(position >= 0 && position < count, "paragraph index out of range")
      // The block is written again; only its bytes move, and the later blocks' offsets.
      let block = position / Self.blockSize
      var paragraphs = paragraphs(ofBlock: block)
      paragraphs[position % Self.blockSize] = newValue
      var encoded = ParagraphList()
      paragraphs.forEach { encoded.append($0) }
      let lower = blockOffsets[block]
      let upper = block + 1 < blockOffsets.count ? blockOffsets[block + 1] : bytes.count
      bytes.replaceSubrange(lower..<upper, with: encoded.bytes)
      let shift = encoded.bytes.count - (upper - lower)
      if shift != 0 {
        for later in block + 1..<blockOffsets.count { blockOffsets[later] += shift }
      }
      blockStarts[block] = encoded.blockStarts[0]
      if position == count - 1 { lastStart = newValue.start }
    }
  }

  public mutating func replaceSubrange<C: Collection<Paragraph>>(
    _ subrange: Range<Int>, with newElements: C
  ) {
    if subrange.isEmpty && subrange.lowerBound == count {
      newElements.forEach { append($0) }
      return
    }
    var all = Array(self)
    all.replaceSubrange(subrange, with: newElements)
    self = ParagraphList(all)
  }

  /// Reads the paragraphs in order, decoding each once.
  public struct Iterator: IteratorProtocol {
    private let list: ParagraphList
    private var index: Int
    private var position = 0
    private var start = 0

    /// From paragraph `index`, which opens a block (or is the end).
    fileprivate init(_ list: ParagraphList, from index: Int) {
      self.list = list
      self.index = index
    }

    public mutating func next() -> Paragraph? {
      guard index < list.count else { return nil }
      if index % ParagraphList.blockSize == 0 {
        let block = index / ParagraphList.blockSize
        start = Int(list.blockStarts[block])
        position = list.blockOffsets[block]
      } else {
        start += unzigzag(read())
      }
      let lengthAndKind = read()
      index += 1
      return Paragraph(
        start: start, end: start + unzigzag(lengthAndKind >> 3),
        kind: ParagraphKind(code: lengthAndKind & 7))
    }

    private mutating func read() -> UInt64 {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while true {
        let byte = list.bytes[position]
        position += 1
        value |= UInt64(byte & 0x7F) << shift
        if byte < 0x80 { return value }
        shift += 7
      }
    }

    private func unzigzag(_ value: UInt64) -> Int {
      Int(truncatingIfNeeded: value >> 1) ^ -Int(truncatingIfNeeded: value & 1)
    }
  }

  public func makeIterator() -> Iterator { Iterator(self, from: 0) }
}

extension ParagraphList: ExpressibleByArrayLiteral {
  public init(arrayLiteral paragraphs: Paragraph...) {
    self.init(paragraphs)
  }
}

extension ParagraphList: CustomStringConvertible {
  public var description: String { Array(self).description }
}

extension ParagraphKind {
  /// The kind in three bits.
  fileprivate var code: UInt64 {
    switch self {
    case .title: 0
    case .byline: 1
    case .heading: 2
    case .body: 3
    case .boilerplate: 4
    }
  }

  fileprivate init(code: UInt64) {
    switch code {
    case 0: self = .title
    case 1: self = .byline
    case 2: self = .heading
    case 4: self = .boilerplate
    default: self = .body
    }
  }
}
