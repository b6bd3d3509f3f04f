import Foundation
import QuothAnalysis
import QuothReader

/// One analyzer for every input: its entity model loads once.
private let analyzer = Analyzer()

/// What an input is fed to: the first byte picks it (its value modulo 6, in this
/// order), unless `QUOTH_FUZZ_TARGET` names one, which then takes every input.
private enum Target: String, CaseIterable {
  case text, markdown, html, config, theme, jsonld
}

private let fixedTarget = ProcessInfo.processInfo.environment["QUOTH_FUZZ_TARGET"].map {
  guard let target = Target(rawValue: $0) else {
    fatalError("QUOTH_FUZZ_TARGET: one of \(Target.allCases.map(\.rawValue))")
  }
  return target
}

/// libFuzzer's entry point: the first byte picks the target, the rest is the file.
/// Articles are loaded, analysed and written as JSON and text; config and theme files
/// are parsed; the invariants below stop the program (a finding) when they break.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data, size > 0 else { return 0 }
  let target = fixedTarget ?? Target.allCases[Int(data[0]) % Target.allCases.count]
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  switch target {
  case .text: analyse(bytes, as: .text)
  case .markdown: analyse(bytes, as: .markdown)
  case .html: analyse(bytes, as: .html)
  case .jsonld:
    // The bytes as the JSON-LD script of a page.
    let page =
      Array(#"<html><head><script type="application/ld+json">"#.utf8) + bytes
      + Array("</script></head><body><p>Text.</p></body></html>".utf8)
    analyse(page, as: .html)
  case .config:
    let text = String(decoding: bytes, as: UTF8.self)
    for problem in ReaderConfig.parse(text, file: "fuzz.toml").problems {
      checkPrintable(TerminalText.sanitizedLines(problem.description))
    }
  case .theme:
    do {
      _ = try Theme.parse(String(decoding: bytes, as: UTF8.self), file: "fuzz.toml")
    } catch {
      checkPrintable(TerminalText.sanitizedLines(error.description))
    }
  }
  return 0
}

/// Loads, analyses and writes one article.
private func analyse(_ bytes: [UInt8], as format: SourceFormat) {
  guard let loaded = try? ArticleLoader.article(fromBytes: bytes, source: "fuzz", format: format)
  else { return }
  let analysis = analyzer.analyze(loaded.article)
  check(analysis)
  _ = AnalysisJSON.encode(analysis)
  // The same article cut into small sections, as a huge file is.
  let sections = Array(analyzer.sections(of: loaded.article, length: 97))
  check(
    Analysis(
      article: loaded.article, entities: sections.flatMap(\.entities),
      quotes: sections.flatMap(\.quotes), speakers: []))
  do {
    try AnalysisJSON.write(loaded.article, sections: sections) { _ in }
  } catch {
    fatalError("streamed JSON failed: \(error)")
  }
  checkPrintable(AnalysisText.render(analysis))
  loaded.warnings.forEach { checkPrintable(TerminalText.sanitizedLines($0)) }
}

/// Text quoth prints holds nothing but shown characters and line breaks.
private func checkPrintable(_ text: String) {
  for scalar in text.unicodeScalars where scalar != "\n" {
    if case .shown = TerminalText.form(of: scalar) { continue }
    fatalError("printed U+\(String(scalar.value, radix: 16))")
  }
}

/// libFuzzer's driver, called with the command line and the function to fuzz.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The program's `main`: SwiftPM links an executable target's entry point under this
/// name, so the fuzzer is started from here rather than from libFuzzer's own `main`.
@_cdecl("quoth_fuzz_main")
public func fuzzMain(
  _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
  var argc = argc
  var argv = argv
  return runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}

/// Every offset lies inside the text and every range runs forward.
private func check(_ analysis: Analysis) {
  let count = analysis.article.text.unicodeScalars.count
  func inside(_ start: Int, _ end: Int, _ what: String) {
    if !(0 <= start && start <= end && end <= count) {
      fatalError("\(what) \(start)..<\(end) outside 0..<\(count)")
    }
  }
  for paragraph in analysis.article.paragraphs {
    inside(paragraph.start, paragraph.end, "paragraph")
  }
  for entity in analysis.entities { inside(entity.start, entity.end, "entity") }
  for quote in analysis.quotes {
    for span in quote.spans { inside(span.start, span.end, "quote span") }
    if let mention = quote.mention { inside(mention.start, mention.end, "mention") }
    if let cue = quote.cue { inside(cue.start, cue.end, "cue") }
  }
}
