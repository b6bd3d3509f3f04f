/// How a token is capitalised.
package enum Capitalization: UInt8 {
  /// No letters: a number or punctuation.
  case none = 0
  /// Starts with a lower-case letter.
  case lower = 1
  /// Starts with a capital and has lower-case letters: "Putin", "McCain".
  case capitalised = 2
  /// Two or more letters, all capitals: "NATO", "U.S.".
  case allCaps = 3
  /// A single capital letter: "A", "W.".
  case single = 4

  var isCapital: Bool { self.rawValue >= 2 }
}

/// A word or punctuation mark of an article, with what the recogniser needs to know about it.
package struct EntityToken {
  /// Unicode scalar offsets into the article text.
  package var start: Int32
  package var end: Int32
  /// Hash of the lower-cased form (apostrophes normalised).
  package var lower: UInt64
  /// Hash of the word's shape ("Xxx", "X.X.", "dddd").
  package var shape: UInt64
  /// The first and the last four lower-cased scalars, 16 bits each (first scalar lowest in
  /// `prefix`, last scalar lowest in `suffix`).
  package var prefix: UInt64
  package var suffix: UInt64
  /// `GazetteerEntry` bits.
  package var gazetteer: UInt16 = 0
  /// Capitalisation as written.
  package var written: Capitalization
  /// Capitalisation as it counts: in headlines and capitals, guessed from the gazetteers.
  package var caps: Capitalization
  /// First word of a sentence.
  package var sentenceStart: Bool
  /// In a paragraph whose capitals say little (title case or all capitals).
  package var headline: Bool = false
  /// In a paragraph written without the capitals names usually get (web text: "we ate at
  /// olive garden"): the tagger then weighs case and shape apart from cased text's.
  package var uncased: Bool = false
  /// Letters or digits (not punctuation).
  package var isWord: Bool

  package var length: Int { Int(end - start) }
}
