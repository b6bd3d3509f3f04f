import Foundation

/// Time of `quoth analyze --format json` on inputs under 1 MB that once took quadratic time
/// (issue 19): 20,000 distinct names in one paragraph, the same with each surname again on
/// its own, 20,000 quotes in one paragraph, 20,000 paragraphs of one quote each, and one
/// sentence of a megabyte (target: each under 2 s of CPU).
func runManyNamesBenchmark() {
  print("== many names")
  guard let quoth = siblingExecutable("quoth") else {
    print("many names: skipped (build quoth first: swift build -c release --product quoth)")
    return
  }
  let people = (0..<20_000).map(person)
  let quotes = people.enumerated().map { index, name in
    "\"We will build \(index) bridges,\" \(name.given) \(name.surname) said."
  }
  let words = ["the", "council", "said", "the", "river", "bridge", "would", "open", "again"]
  let inputs: [(name: String, text: String)] = [
    ("names.txt", people.map { "\($0.given) \($0.surname)" }.joined(separator: ", ")),
    (
      "names-and-surnames.txt",
      people.map { "\($0.given) \($0.surname) met \($0.surname)." }.joined(separator: " ")
    ),
    ("quotes-one-paragraph.txt", quotes.joined(separator: " ")),
    ("quotes-one-per-paragraph.txt", quotes.joined(separator: "\n\n")),
    ("one-sentence.txt", (0..<190_000).map { words[$0 % words.count] }.joined(separator: " ")),
  ]
  for input in inputs {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "quoth-bench-\(getpid())-\(input.name)")
    defer { unlink(path) }
    let text = "Many names\n\n" + input.text + ".\n"
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
      print("many names: cannot write \(path)")
      return
    }
    let start = DispatchTime.now()
    guard let run = runMeasured(quoth, ["analyze", "--format", "json", path]) else {
      print("many names: cannot run \(quoth)")
      return
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    print(
      String(
        format: "%@ (%.2f MB): exit %d, %.1f s, %.2f s CPU (target < 2 s), peak %d MB",
        input.name, Double(text.utf8.count) / 1_048_576, run.status, seconds, run.cpuSeconds,
        run.peakKilobytes >> 10))
  }
}

/// A made-up person, different for every `index` below 38,416: a given name and a
/// surname of four syllables.
private func person(_ index: Int) -> (given: String, surname: String) {
  let given = [
    "Ana", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
  ]
  let syllables = [
    "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "be", "do", "fa", "gu", "ha", "ji",
  ]
  var rest = index
  var surname = ""
  for _ in 0..<4 {
    surname += syllables[rest % syllables.count]
    rest /= syllables.count
  }
  return (given[index % given.count], surname.prefix(1).uppercased() + surname.dropFirst() + "son")
}
