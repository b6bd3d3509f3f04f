/// The gender a name, a title or a pronoun tells, for matching he and she to people.
package enum PersonGender: Sendable {
  case male, female
}
