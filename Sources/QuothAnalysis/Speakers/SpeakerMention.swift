/// Words of the text that name who is speaking.
struct SpeakerMention {
  enum Kind {
    case name, pronoun, nominal
  }

  var kind: Kind
  /// The mention as it stands in the text ("he", "Mr. Trump", "a spokesman for the campaign").
  var range: TextRange
  /// Block and token range of the mention's head words.
  var block: Int
  var tokens: Range<Int>
  /// The name with titles and possessives removed ("Trump"), the pronoun, or the nominal phrase.
  var name: String
  /// Title words removed from the front of the name ("Iranian Foreign Minister").
  var title: String?
  /// An appositive that describes the speaker ("a visiting scholar at …").
  var description: String?
  var isOrganisation = false
}

/// A quote's attribution: who, and the reporting words.
struct Attribution {
  var mention: SpeakerMention
  var cue: TextRange?
  /// The cue is a weak reporting verb (calls, cited): fine for speech, not for names.
  var isWeak = false
  /// No reporting words at all: the subject of the quote's sentence, or of the sentence
  /// before it. Taken only for a quote that stands as one without it.
  var isSubjectOnly = false
}
